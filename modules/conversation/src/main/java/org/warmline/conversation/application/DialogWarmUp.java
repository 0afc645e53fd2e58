package org.warmline.conversation.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Builds the dialog engine and loads its tables in the background as the application starts: the
 * gazetteer, the station list and OpenCC's set of Traditional characters take several seconds on a
 * cold JVM, which the first worker's message would otherwise wait for on the webhook. Start-up itself
 * is not delayed; a message arriving meanwhile waits for the same one-time loads as before.
 */
@ApplicationScoped
public class DialogWarmUp {

    private static final Logger LOG = Logger.getLogger(DialogWarmUp.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    Instance<InboundProcessing> processing;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        executor.execute(() -> {
            try {
                long start = System.nanoTime();
                processing.get().warmUp(); // the first call builds the bean: gazetteer, station list, engine
                long ms = (System.nanoTime() - start) / 1_000_000;
                LOG.info(() -> "Dialog engine ready in " + ms + " ms");
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "dialog warm-up failed; the first message loads the tables instead", e);
            }
        });
    }
}
