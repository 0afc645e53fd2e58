/**
 * Railway passenger stations of the 12306 list (bundled CSV, see
 * {@code org/warmline/core/railway/SOURCE.md}): look a station up by name, find one in free text, and
 * map it to the city it serves through the {@link org.warmline.core.domain.place.Gazetteer}. Pure Java:
 * no persistence, no CDI.
 */
package org.warmline.core.domain.railway;
