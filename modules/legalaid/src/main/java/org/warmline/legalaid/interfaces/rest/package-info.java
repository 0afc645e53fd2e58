/**
 * Staff API of legal aid: consultations and their answers ({@code /api/legalaid/consultations}), canned answers
 * ({@code /api/legalaid/canned-answers}) and wage-arrears cases ({@code /api/legalaid/cases}). HTTP only; the
 * rules live in application and domain.
 */
package org.warmline.legalaid.interfaces.rest;
