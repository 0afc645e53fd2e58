/** Jakarta Security wiring: authentication mechanism and the staff identity store. */
package org.warmline.webapp.security;
