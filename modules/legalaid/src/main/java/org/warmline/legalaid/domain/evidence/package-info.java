/**
 * Evidence files a worker sends (photos and documents for a wage claim): the content check that reads
 * a file's real type from its bytes and its size, and the stored file itself ({@code la_evidence_file}).
 * No HTTP and no channel code here.
 */
package org.warmline.legalaid.domain.evidence;
