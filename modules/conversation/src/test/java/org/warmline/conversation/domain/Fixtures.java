package org.warmline.conversation.domain;

import java.time.Clock;
import java.time.LocalDateTime;
import org.warmline.core.domain.calendar.ChineseDateParser;
import org.warmline.core.domain.place.Gazetteer;

/** The fixed world of the dialog tests: 2026-12-01 00:00 in Asia/Shanghai, the real gazetteer. */
final class Fixtures {

    static final Clock CLOCK = Clock.fixed(
            LocalDateTime.of(2026, 12, 1, 0, 0).atZone(ChineseDateParser.ZONE).toInstant(), ChineseDateParser.ZONE);

    private static Gazetteer gazetteer;
    private static DialogRouter router;
    private static DialogReaders readers;

    private Fixtures() {
    }

    static synchronized Gazetteer gazetteer() {
        if (gazetteer == null) {
            gazetteer = Gazetteer.load();
        }
        return gazetteer;
    }

    /** @return the readers of the fixed world, built once (the station list loads in about a second) */
    static synchronized DialogReaders readers() {
        if (readers == null) {
            readers = DialogReaders.of(gazetteer(), CLOCK);
        }
        return readers;
    }

    /** @return the standard router on the fixed clock, built once (it is stateless and thread-safe) */
    static synchronized DialogRouter engine() {
        if (router == null) {
            router = new DialogRouter(readers(), DialogRouter.DEFAULT_HOTLINE, DialogRouter::standardTable);
        }
        return router;
    }
}
