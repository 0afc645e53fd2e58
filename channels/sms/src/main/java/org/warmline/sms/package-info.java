/**
 * The SMS channel: Twilio's signed webhooks in, the outbox sender out (Twilio or the local simulator),
 * the simulator page and the staff's outbox API. Uses only {@code conversation.api} and core.
 */
package org.warmline.sms;
