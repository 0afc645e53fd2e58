/**
 * The shared kernel, used by every module as a whole and using none: workers, staff, help centres,
 * places, railway stations, dates, danger words, the audit log and the clock. Workers are persons by
 * phone (E.164) with a language and can be merged; places are China's administrative divisions; dates
 * are read as workers write them (Gregorian and lunar); HTTP helpers answer problem+json. Owns the
 * {@code wk_} tables.
 */
package org.warmline.core;
