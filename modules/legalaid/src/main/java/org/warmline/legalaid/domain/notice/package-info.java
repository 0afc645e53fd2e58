/**
 * The texts a claimant gets by SMS when their case moves on (accepted, assigned, refused with a referral,
 * a hearing date, closed), in the worker's language, each within two UCS-2 SMS segments. Pure: no JPA,
 * no CDI.
 */
package org.warmline.legalaid.domain.notice;
