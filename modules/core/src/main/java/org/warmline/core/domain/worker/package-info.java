/** The worker as a person: identity by phone (E.164) and preferred language. JPA annotations only. */
package org.warmline.core.domain.worker;
