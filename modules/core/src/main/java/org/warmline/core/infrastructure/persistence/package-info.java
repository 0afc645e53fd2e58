/** JPA helpers shared by the persistence unit (attribute converters). */
package org.warmline.core.infrastructure.persistence;
