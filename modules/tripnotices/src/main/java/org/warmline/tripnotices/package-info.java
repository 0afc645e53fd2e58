/**
 * Implements returnhome's {@code PassengerNotices} port with conversation's {@code OutboundMessages}
 * outbox. Uses only the two api packages.
 */
package org.warmline.tripnotices;
