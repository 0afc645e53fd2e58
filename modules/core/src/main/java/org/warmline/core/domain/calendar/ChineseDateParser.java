package org.warmline.core.domain.calendar;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Finds the travel date in a worker's message: Gregorian (1月25号, 2月3日, 2/3, Jan 25), lunar
 * (腊月二十二, 腊月廿五, 正月初六, 除夕) through cn.6tail lunar, and relative words, resolved against
 * "today" in Asia/Shanghai from the injected clock; always the next such day on or after today.
 * SKELETON: to be implemented.
 */
public final class ChineseDateParser {

    /** The zone every worker's date is spoken in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** @param clock the clock that says what "today" is */
    public ChineseDateParser(Clock clock) {
    }

    /** @param text a worker's message @return the first date in it, if any */
    public Optional<DateMention> find(String text) {
        throw new UnsupportedOperationException("todo");
    }
}
