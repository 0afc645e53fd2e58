package org.warmline.core.domain.railway;

/**
 * A station named inside a longer text.
 *
 * @param start   index of the first character of the mention
 * @param end     index after its last character (after "站" when written)
 * @param text    the mention as written, e.g. "广州南站"
 * @param station the station
 */
public record StationMention(int start, int end, String text, Station station) { }
