/**
 * Collective claims as stored: {@link org.warmline.legalaid.domain.group.CaseGroup} (table
 * {@code la_case_group}) with its summary, its members ({@code la_case_group_member}) and the group's own
 * audit rows ({@code la_group_audit}). JPA annotations only; the linking rules are in {@code domain.linking}.
 */
package org.warmline.legalaid.domain.group;
