/**
 * Legal aid's domain (issue 12): consultations and their answers, the wage-arrears case ({@code WageCase}) with
 * claimants, contractor chain, evidence checklist, lifecycle ({@code CaseStep}), screening, timeline and notes,
 * and Decree 724's first payer ({@code FirstPayer}). JPA annotations only; rules throw core refusals.
 */
package org.warmline.legalaid.domain;
