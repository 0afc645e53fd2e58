package org.warmline.core.domain.calendar;

/**
 * A date named inside a longer text.
 *
 * @param start      index of its first character
 * @param end        index after its last character
 * @param text       the date as written (e.g. "腊月二十二", "Jan 25", "2/3")
 * @param resolution the day it means, or why it does not exist
 */
public record DateMention(int start, int end, String text, DateResolution resolution) { }
