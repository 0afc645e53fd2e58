package org.warmline.webapp.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.warmline.core.application.SchemaReady;

/**
 * Runs the Flyway migrations of every module at deployment, before any other start-up bean
 * (they declare {@code @DependsOn("DatabaseMigrations")}). Each module ships its scripts under
 * {@code db/migration/<module>/} and owns its table prefix (DESIGN.md). Versions are dates
 * ({@code V2026_11_29_01__...}) so scripts from several modules interleave in one history.
 * A failed migration fails the deployment: the server must not run on a half-migrated schema. When
 * done it fires {@link SchemaReady}, on which background work that uses the database starts.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrations {

    /** Flyway locations, one per module, in dependency order. */
    public static final String[] LOCATIONS = {
        "classpath:db/migration/core",
        "classpath:db/migration/conversation",
        "classpath:db/migration/returnhome",
        "classpath:db/migration/legalaid",
        "classpath:db/migration/jobs",
        "classpath:db/migration/helpdesk",
        "classpath:db/migration/sms",
        "classpath:db/migration/chat",
        "classpath:db/migration/webapp"
    };

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    private DataSource dataSource;

    /** Tells background work (the SMS sender, the snooze waker) that the schema is in place. */
    @Inject
    Event<SchemaReady> schemaReady;

    /** Migrates the schema to the newest version. @throws org.flywaydb.core.api.FlywayException on failure */
    @PostConstruct
    void migrate() {
        MigrateResult result = configure(dataSource, DatabaseMigrations.class.getClassLoader()).migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
        schemaReady.fire(new SchemaReady(result.targetSchemaVersion));
    }

    /**
     * The one Flyway configuration, shared with the migration tests.
     *
     * @param dataSource  where to migrate
     * @param classLoader the loader that sees every module's {@code db/migration} folder
     * @return a configured Flyway
     */
    public static Flyway configure(DataSource dataSource, ClassLoader classLoader) {
        return Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations(LOCATIONS)
                .failOnMissingLocations(false)
                .load();
    }
}
