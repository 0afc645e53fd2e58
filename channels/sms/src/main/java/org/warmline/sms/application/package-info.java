/**
 * The SMS channel's sending side: the outbox sender that claims queued messages and hands them to the
 * provider-neutral {@code SmsTransport} port at a per-sender pace, the Twilio settings, and the rule
 * that decodes a base64 inbound body. Talks to conversation only through its api package.
 */
package org.warmline.sms.application;
