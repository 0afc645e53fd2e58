/** Help centres (帮扶中心) and the regions they serve. JPA annotations only. */
package org.warmline.core.domain.centre;
