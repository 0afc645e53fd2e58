/** Transactional legal-aid use cases. */
package org.warmline.legalaid.application;
