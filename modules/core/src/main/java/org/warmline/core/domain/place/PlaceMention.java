package org.warmline.core.domain.place;

/**
 * A place named inside a longer text.
 *
 * @param start      index of the first character of the mention in the text
 * @param end        index after its last character
 * @param text       the mention as written (e.g. "安徽六安", "Hengyang, Hunan")
 * @param resolution what it resolves to (Found or Ambiguous; a mention is never NotFound)
 */
public record PlaceMention(int start, int end, String text, PlaceResolution resolution) { }
