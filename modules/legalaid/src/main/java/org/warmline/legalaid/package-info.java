/**
 * Legal consultation: a worker's legal question from the dialog (unpaid wages first) becomes a
 * consultation that legal-aid staff follow up. Owns the {@code la_} tables.
 */
package org.warmline.legalaid;
