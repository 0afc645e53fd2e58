package org.warmline.webapp.infrastructure;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Declares the application's one transactional connection pool, {@code java:app/jdbc/warmline},
 * used by the persistence unit and by Flyway. Where it points is decided by
 * {@link WarmlineDataSource} from configuration. Pool sizes are in connections.
 */
@DataSourceDefinition(
        name = DataSourceConfiguration.JNDI_NAME,
        className = "org.warmline.webapp.infrastructure.WarmlineDataSource",
        minPoolSize = 2,
        maxPoolSize = 32,
        initialPoolSize = 2,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data"
        })
@ApplicationScoped
public class DataSourceConfiguration {

    /** JNDI name of the pool; persistence.xml names the same. */
    public static final String JNDI_NAME = "java:app/jdbc/warmline";
}
