/** The WAR's infrastructure: the data source, and Flyway migrations at start. */
package org.warmline.webapp.infrastructure;
