/**
 * The operators' console and the coordinators' pages, the session API, staff and help-centre
 * administration, place suggestions and the audit log API.
 */
package org.warmline.webapp.interfaces.console;
