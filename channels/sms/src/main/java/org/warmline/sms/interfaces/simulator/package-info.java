/** The SMS simulator page's server side: only in simulator mode; drives the real, signed webhook. */
package org.warmline.sms.interfaces.simulator;
