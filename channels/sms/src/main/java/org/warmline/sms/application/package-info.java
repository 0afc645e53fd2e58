/** SMS channel settings and use cases; talks to conversation only through its api package. */
package org.warmline.sms.application;
