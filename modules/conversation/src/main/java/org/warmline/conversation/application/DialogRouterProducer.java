package org.warmline.conversation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.warmline.conversation.domain.DialogRouter;
import org.warmline.core.domain.place.Gazetteer;

/**
 * The one {@link DialogRouter} of the application, for every bean that runs the dialog (inbound
 * processing, the dialog facts for the operators' escalation form). {@code @Singleton}, not
 * {@code @ApplicationScoped}: the router is an immutable final class that needs no client proxy; it is
 * built on first use (the background warm-up, {@link DialogWarmUp}) with the gazetteer, the station
 * list and the one clock.
 */
@ApplicationScoped
public class DialogRouterProducer {

    /**
     * @param gazetteer the places (core's producer)
     * @param clock     the one clock (core's producer)
     * @param hotline   the hotline number the safety advice gives with 110 and 120 (issue 10, item 2),
     *                  configuration {@code warmline.hotline-number}; default 12351, the All-China
     *                  Federation of Trade Unions' workers' service hotline (职工服务热线), answered by the
     *                  local trade union federation of the caller's area
     * @return the router
     */
    @Produces
    @Singleton
    DialogRouter router(Gazetteer gazetteer, Clock clock,
                        @ConfigProperty(name = "warmline.hotline-number", defaultValue = DialogRouter.DEFAULT_HOTLINE)
                        String hotline) {
        return new DialogRouter(gazetteer, clock, hotline);
    }
}
