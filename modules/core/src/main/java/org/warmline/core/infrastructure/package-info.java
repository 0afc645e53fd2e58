/** CDI wiring of the shared kernel (clock, gazetteer). Other modules inject, never import, these. */
package org.warmline.core.infrastructure;
