/** Staff API of the SMS channel: queue a message, see outbound messages with their delivery state. */
package org.warmline.sms.interfaces.rest;
