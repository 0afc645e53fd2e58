/** Legal aid's JPA repositories (one persistence unit, {@code la_} tables only). */
package org.warmline.legalaid.infrastructure;
