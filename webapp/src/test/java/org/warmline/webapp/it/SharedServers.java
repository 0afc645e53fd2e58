package org.warmline.webapp.it;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The servers that IT classes share: one packaged server per configuration (extra environment), started
 * by the first class that asks for it ({@link WarmlineServer#shared(Map)}) and stopped when the test
 * run ends — when the JUnit Platform launcher session closes (this listener is registered in
 * {@code META-INF/services/org.junit.platform.launcher.LauncherSessionListener}; Failsafe opens one
 * session per test JVM), or at JVM exit when the tests run without a session (exec:java, some IDEs).
 *
 * <p>Classes on a shared server see each other's data: they use their own phone numbers, chat ids and
 * user names and measure counts as differences, never assume an empty database.
 */
public final class SharedServers implements LauncherSessionListener {

    private static final Map<Map<String, String>, WarmlineServer> RUNNING = new HashMap<>();
    private static final Map<Map<String, String>, Exception> FAILED = new HashMap<>();
    private static boolean hookAdded;

    /** Used by the JUnit Platform's ServiceLoader. */
    public SharedServers() {
        // stateless: the servers live in the static registry
    }

    /**
     * @param env the configuration (extra environment, as for {@link WarmlineServer#WarmlineServer})
     * @return the running server for that configuration, started now if it is the first request
     * @throws Exception if the server cannot start (and again, at once, to every later class that asks for
     *                   the same configuration: one failed start per configuration, not one per class)
     */
    static synchronized WarmlineServer get(Map<String, String> env) throws Exception {
        Map<String, String> key = new TreeMap<>(env);
        if (FAILED.containsKey(key)) {
            throw new IllegalStateException("the shared server for " + key + " did not start", FAILED.get(key));
        }
        WarmlineServer server = RUNNING.get(key);
        if (server == null) {
            if (!hookAdded) {
                Runtime.getRuntime().addShutdownHook(new Thread(SharedServers::stopAll, "warmline-shared-servers-stop"));
                hookAdded = true;
            }
            try {
                server = new WarmlineServer(Files.createTempDirectory("warmline-it-shared"), key, true).start();
            } catch (Exception e) {
                FAILED.put(key, e);
                throw e;
            }
            RUNNING.put(key, server);
        }
        return server;
    }

    /** Stops every shared server (SIGTERM, then kill), once. */
    static void stopAll() {
        List<WarmlineServer> servers;
        synchronized (SharedServers.class) {
            servers = new ArrayList<>(RUNNING.values());
            RUNNING.clear();
        }
        for (WarmlineServer server : servers) {
            try {
                server.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Stops the shared servers when the test run (the launcher session) ends. @param session the session */
    @Override
    public void launcherSessionClosed(LauncherSession session) {
        stopAll();
    }
}
