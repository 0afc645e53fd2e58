package org.warmline.webapp.incontainer;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link HelpdeskInContainerChecks} in the application deployed to Payara Micro, on embedded H2. */
@ExtendWith(ArquillianExtension.class)
class HelpdeskInContainerIT extends HelpdeskInContainerChecks {

    /** @return the packaged application with these tests, on a new H2 file */
    @Deployment
    static WebArchive deployment() throws Exception {
        return InContainerDeployment.of(HelpdeskInContainerIT.class, java.util.Map.of());
    }
}
