/**
 * The helpdesk's persistence: JPA repositories of its own tables ({@code hd_*}); the queue's filter as a
 * Criteria query. No HTTP here.
 */
package org.warmline.helpdesk.infrastructure;
