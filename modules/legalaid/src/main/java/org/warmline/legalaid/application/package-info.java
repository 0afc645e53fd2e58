/**
 * Transactional legal-aid use cases: consultations from the dialog and their answers, wage-arrears cases and
 * their lifecycle, who may see a case ({@code CaseAccess}), the events other parts observe
 * ({@code CaseStepRecorded}, {@code CaseChanged}), the deadline seam ({@code CaseDeadlineSource}), legal aid's
 * part of a worker's file, and moving records when two workers are merged.
 */
package org.warmline.legalaid.application;
