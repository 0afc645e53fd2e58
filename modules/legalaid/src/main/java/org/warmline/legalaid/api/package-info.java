/**
 * The only package other modules may import from legalaid: the dialog's intake
 * ({@code LegalAidIntake}) and what the dialog learned ({@code ConsultationIntake}).
 */
package org.warmline.legalaid.api;
