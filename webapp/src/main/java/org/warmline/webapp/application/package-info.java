/** Start-up work of the WAR: demo accounts and the start banner. */
package org.warmline.webapp.application;
