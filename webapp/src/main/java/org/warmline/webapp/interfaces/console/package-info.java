/**
 * The operators' console and the coordinators' pages, the pages' words from the resource bundles
 * ({@code /console/i18n}), the session API, staff and help-centre administration, place suggestions and
 * the audit log API.
 */
package org.warmline.webapp.interfaces.console;
