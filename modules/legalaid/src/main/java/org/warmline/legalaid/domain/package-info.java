/** Consultations and wage-arrears cases. JPA annotations only. */
package org.warmline.legalaid.domain;
