package org.warmline.webapp.infrastructure;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The JDBC data source behind the container's connection pool {@code java:app/jdbc/warmline}
 * (see {@link DataSourceConfiguration}). It reads its target from MicroProfile Config when the pool
 * creates it, so one packaged jar runs on either database:
 * <ul>
 *   <li>{@code warmline.db.url} unset: embedded H2 in the file {@code <warmline.data-dir>/warmline}
 *       ({@code warmline.data-dir} defaults to {@code ./data}; env {@code WARMLINE_DATA_DIR});</li>
 *   <li>{@code warmline.db.url=jdbc:postgresql://host:5432/db} with {@code warmline.db.user} and
 *       {@code warmline.db.password} (env {@code WARMLINE_DB_URL}, {@code WARMLINE_DB_USER},
 *       {@code WARMLINE_DB_PASSWORD}): PostgreSQL.</li>
 * </ul>
 * Payara's {@code ${MPCONFIG=...}} substitution in {@code @DataSourceDefinition} does not see the
 * application's own config file at deploy time, hence this small delegate.
 */
public class WarmlineDataSource implements DataSource {

    private static final Logger LOG = Logger.getLogger(WarmlineDataSource.class.getName());

    private final DataSource delegate;

    /**
     * Builds the delegate from configuration.
     *
     * @throws IllegalStateException if the URL names a database other than H2 or PostgreSQL, or the
     *                               data directory cannot be created
     */
    public WarmlineDataSource() {
        Config config = ConfigProvider.getConfig(WarmlineDataSource.class.getClassLoader());
        Optional<String> url = config.getOptionalValue("warmline.db.url", String.class);
        String user = config.getOptionalValue("warmline.db.user", String.class).orElse("");
        String password = config.getOptionalValue("warmline.db.password", String.class).orElse("");
        if (url.isEmpty()) {
            String dir = config.getOptionalValue("warmline.data-dir", String.class).orElse("./data");
            Path dataDir = Path.of(dir).toAbsolutePath().normalize();
            try {
                Files.createDirectories(dataDir);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot create data directory " + dataDir, e);
            }
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(h2FileUrl(dataDir));
            h2.setUser(user.isEmpty() ? "sa" : user);
            h2.setPassword(password);
            LOG.info(() -> "Database: embedded H2 in " + dataDir);
            delegate = h2;
        } else if (url.get().startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(url.get());
            if (!user.isEmpty()) {
                pg.setUser(user);
            }
            if (!password.isEmpty()) {
                pg.setPassword(password);
            }
            LOG.info(() -> "Database: PostgreSQL " + pg.getServerNames()[0] + "/" + pg.getDatabaseName());
            delegate = pg;
        } else if (url.get().startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url.get());
            h2.setUser(user.isEmpty() ? "sa" : user);
            h2.setPassword(password);
            LOG.info("Database: H2 by URL");
            delegate = h2;
        } else {
            throw new IllegalStateException("warmline.db.url must be a jdbc:postgresql: or jdbc:h2: URL");
        }
    }

    /** How long a statement waits for a row another transaction holds, in milliseconds (H2's default: 1,000). */
    static final int H2_LOCK_TIMEOUT_MILLIS = 10_000;

    /**
     * The URL of the embedded H2 database file.
     * <ul>
     *   <li>{@code WRITE_DELAY=0}: a commit is on disk when it returns (H2 otherwise writes up to 500 ms late,
     *       and a kill -9 in that window loses a committed outbox row);</li>
     *   <li>{@code QUERY_CACHE_SIZE}: parsed statements kept per connection; with H2's default of 8, an inbound
     *       message's dozen statements were parsed again each time (a tenth of its CPU in JFR);</li>
     *   <li>{@code LOCK_TIMEOUT} ({@value #H2_LOCK_TIMEOUT_MILLIS} ms): a transaction that changes a row another
     *       one is changing waits for it, as on PostgreSQL, rather than failing after H2's one second — an
     *       operator's reply to a ticket the message lane was updating answered 500 on a busy machine.</li>
     * </ul>
     *
     * @param dataDir the data directory
     * @return the JDBC URL of {@code <dataDir>/warmline}
     */
    static String h2FileUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve("warmline") + ";AUTO_SERVER=FALSE;WRITE_DELAY=0;QUERY_CACHE_SIZE=128"
                + ";LOCK_TIMEOUT=" + H2_LOCK_TIMEOUT_MILLIS;
    }

    /** @return a new physical connection to the configured database @throws SQLException on failure */
    @Override
    public Connection getConnection() throws SQLException {
        return delegate.getConnection();
    }

    /** @return a new connection as the given user @throws SQLException on failure */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return delegate.getConnection(username, password);
    }

    /** @return the delegate's log writer @throws SQLException on failure */
    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    /** @param out the log writer for the delegate @throws SQLException on failure */
    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    /** @param seconds login timeout in seconds @throws SQLException on failure */
    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    /** @return login timeout in seconds @throws SQLException on failure */
    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    /** @return the delegate's parent logger @throws SQLFeatureNotSupportedException if it has none */
    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }

    /** @return the delegate unwrapped to {@code iface} @throws SQLException if it is not one */
    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return delegate.unwrap(iface);
    }

    /** @return whether this or the delegate implements {@code iface} @throws SQLException on failure */
    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || delegate.isWrapperFor(iface);
    }
}
