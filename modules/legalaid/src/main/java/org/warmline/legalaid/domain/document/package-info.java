/**
 * The two documents legal-aid staff print from a case (issue 12, point 8): the labour-dispute
 * arbitration application with the items of the Labour Dispute Mediation and Arbitration Law Art. 28
 * (申请人, 被申请人, 仲裁请求, 事实和理由, 证据) and the labour-inspection complaint (Regulations on
 * Labour Security Supervision Art. 9, 20). Pure models: {@link org.warmline.legalaid.domain.document.DocumentFacts}
 * in, a {@link org.warmline.legalaid.domain.document.LegalDocument} of sections and paragraphs out; no JPA,
 * no HTML, no PDF (the rendering lives in {@code infrastructure.pdf}).
 */
package org.warmline.legalaid.domain.document;
