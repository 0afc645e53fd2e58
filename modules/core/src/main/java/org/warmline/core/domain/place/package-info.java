/**
 * China's administrative divisions (GB/T 2260 codes, NBS 2022 data bundled as CSV): the {@link
 * org.warmline.core.domain.place.Gazetteer} resolves place names written in Chinese or pinyin and finds
 * them in free text. Pure Java: no persistence, no CDI.
 */
package org.warmline.core.domain.place;
