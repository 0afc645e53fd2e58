/**
 * Dates as workers write them — Gregorian, Chinese lunar (腊月, 正月, 除夕, computed with cn.6tail
 * lunar) and relative (明天) — resolved to a {@link java.time.LocalDate} in Asia/Shanghai against an
 * injected {@link java.time.Clock}. Pure Java: no persistence, no CDI.
 */
package org.warmline.core.domain.calendar;
