/** The consultation: a worker's legal question (unpaid wages first). JPA annotations only. */
package org.warmline.legalaid.domain;
