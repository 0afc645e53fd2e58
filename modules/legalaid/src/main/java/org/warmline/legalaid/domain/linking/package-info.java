/**
 * Collective claims, pure rules: the employer-name normaliser ({@link org.warmline.legalaid.domain.linking.EmployerNames}),
 * the claim linker that puts claims against one employer or project into one group
 * ({@link org.warmline.legalaid.domain.linking.ClaimLinker}) and the rule that flags a group for the
 * authorities ({@link org.warmline.legalaid.domain.linking.GroupFlagRule}). No JPA, no CDI, no I/O.
 */
package org.warmline.legalaid.domain.linking;
