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
 * {@code 2026-12-01T09:00:00+08:00}) sets the clock to that instant at start-up, from where it runs on
 * at the normal pace (so "today" is known to demonstrations and integration tests, while retries,
 * leases and timeouts still see time pass); unset, the system clock in Asia/Shanghai is used.
 */
@ApplicationScoped
public class CoreProducers {

    private static final Logger LOG = Logger.getLogger(CoreProducers.class.getName());

    @Produces
    @Singleton
    Clock clock(@ConfigProperty(name = "warmline.clock.fixed") Optional<String> fixed) {
        if (fixed.isPresent() && !fixed.get().isBlank()) {
            OffsetDateTime at = OffsetDateTime.parse(fixed.get().trim());
            LOG.warning(() -> "Clock set to start at " + at + " (warmline.clock.fixed)");
            Clock system = Clock.system(ChineseDateParser.ZONE);
            return Clock.offset(system, java.time.Duration.between(system.instant(), at.toInstant()));
        }
        return Clock.system(ChineseDateParser.ZONE);
    }

    @Produces
    @Singleton
    Gazetteer gazetteer() {
        return Gazetteer.load();
    }
}
