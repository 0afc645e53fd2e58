/**
 * The SMS channel's front door for the rest of the application (the WAR's start-up banner): how the channel
 * is set up. Modules and the webapp use the SMS channel only through this package.
 */
package org.warmline.sms.api;
