package org.warmline.webapp.incontainer;

import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.warmline.webapp.it.TestPostgres;

/**
 * {@link HelpdeskInContainerChecks} in the application deployed to Payara Micro, on a real PostgreSQL
 * (the production database) that the test starts, as the black-box PostgreSQL ITs do.
 */
@ExtendWith(ArquillianExtension.class)
class HelpdeskInContainerPostgresIT extends HelpdeskInContainerChecks {

    /** @return the packaged application with these tests, on a new PostgreSQL stopped when the tests end */
    @Deployment
    static WebArchive deployment() throws Exception {
        TestPostgres pg = TestPostgres.start();
        // typed AutoCloseable: the class is loaded in the container too, where the test helpers are not needed
        AutoCloseable stop = pg;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                stop.close();
            } catch (Exception e) {
                System.err.println("stopping the test PostgreSQL: " + e);
            }
        }, "arquillian-postgres-stop"));
        return InContainerDeployment.of(HelpdeskInContainerPostgresIT.class,
                Map.of("warmline.db.url", pg.url(), "warmline.db.user", pg.user(), "warmline.db.password", pg.password()))
                .addClass(TestPostgres.class);
    }
}
