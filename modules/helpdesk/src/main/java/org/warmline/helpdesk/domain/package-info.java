/** The operators' queue: items waiting for a person. JPA annotations only. */
package org.warmline.helpdesk.domain;
