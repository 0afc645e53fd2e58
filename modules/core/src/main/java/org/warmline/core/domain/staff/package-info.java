/** Staff accounts and their roles. Password hashing is done by the caller (Jakarta Security). */
package org.warmline.core.domain.staff;
