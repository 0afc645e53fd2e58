/**
 * The only package other modules may import from legalaid: the dialog's intake ({@code LegalAidIntake},
 * {@code ConsultationIntake}, {@code WageClaimDetails}, {@code ContractorParty}) and the worker's status
 * question ({@code CaseStatusQuery}, {@code CaseStatus}).
 */
package org.warmline.legalaid.api;
