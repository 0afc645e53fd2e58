/** The audit log: who did what to which record, and when. JPA annotations only. */
package org.warmline.core.domain.audit;
