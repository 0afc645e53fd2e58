/** The operators' console: its pages, the session API, staff administration and the audit log API. */
package org.warmline.webapp.interfaces.console;
