/** Twilio webhooks: HTTP and TwiML translation only; dialog work happens in conversation. */
package org.warmline.sms.interfaces.webhook;
