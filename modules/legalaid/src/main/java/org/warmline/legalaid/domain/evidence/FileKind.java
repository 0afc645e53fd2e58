package org.warmline.legalaid.domain.evidence;

/** What an accepted evidence file is (not the case checklist's kinds of evidence): a photo (JPEG, PNG, WebP, HEIC) or a document (PDF). */
public enum FileKind {
    /** A picture: marks the case's evidence checklist item PHOTOS as held. */
    PHOTO,
    /** A PDF (a scanned IOU, a contract, pay slips). */
    DOCUMENT
}
