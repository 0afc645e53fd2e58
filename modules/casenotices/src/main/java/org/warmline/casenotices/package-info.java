/**
 * Implements legalaid's {@code ClaimantNotices} port with conversation's {@code OutboundMessages} outbox,
 * on the worker's own channel. Uses only the two api packages and core's worker directory.
 */
package org.warmline.casenotices;
