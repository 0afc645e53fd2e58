/** SMS transports (adapters of the SmsTransport port): Twilio through twilio-java, and the local simulator. */
package org.warmline.sms.infrastructure;
