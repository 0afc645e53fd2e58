/**
 * Transactional legal-aid use cases: open consultations from the dialog, legal aid's part of a
 * worker's file, and moving consultations when two workers are merged.
 */
package org.warmline.legalaid.application;
