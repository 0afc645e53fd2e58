package org.warmline.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.warmline.core.domain.calendar.ChineseDateParser;
import org.warmline.core.domain.place.Gazetteer;

/**
 * CDI producers for the shared kernel: the one {@link Clock} (CONVENTIONS.md: never call now()
 * bare) and the {@link Gazetteer}. {@code warmline.clock.fixed} (ISO-8601 offset date-time, e.g.
 * {@code 2026-12-01T09:00:00+08:00}) pins the clock for demonstrations and the integration tests;
 * unset, the system clock in Asia/Shanghai is used.
 */
@ApplicationScoped
public class CoreProducers {

    private static final Logger LOG = Logger.getLogger(CoreProducers.class.getName());

    @Produces
    @Singleton
    Clock clock(@ConfigProperty(name = "warmline.clock.fixed") Optional<String> fixed) {
        if (fixed.isPresent() && !fixed.get().isBlank()) {
            OffsetDateTime at = OffsetDateTime.parse(fixed.get().trim());
            LOG.warning(() -> "Clock fixed at " + at + " (warmline.clock.fixed)");
            return Clock.fixed(at.toInstant(), ChineseDateParser.ZONE);
        }
        return Clock.system(ChineseDateParser.ZONE);
    }

    @Produces
    @Singleton
    Gazetteer gazetteer() {
        return Gazetteer.load();
    }
}
