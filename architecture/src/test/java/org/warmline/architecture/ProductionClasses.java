package org.warmline.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.core.importer.Locations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The production classes the architecture tests read: those of every module jar on this module's test
 * class path under the root package, plus the webapp WAR's own classes, which are not on the class path
 * (a WAR is not a jar) and are read from its {@code target/classes} (system property
 * {@code warmline.webapp.classes}, set by this module's pom). Test classes, including this module's
 * fixtures, are left out.
 */
final class ProductionClasses {

    private ProductionClasses() {
    }

    /**
     * @param root the root package, e.g. {@code org.warmline}
     * @return the production classes of every module and of the webapp
     * @throws org.opentest4j.AssertionFailedError if the webapp's classes are missing (the webapp not built)
     */
    static JavaClasses of(String root) {
        Path webapp = Path.of(System.getProperty("warmline.webapp.classes", "../webapp/target/classes"));
        assertTrue(Files.isDirectory(webapp.resolve(root.replace('.', '/')).resolve("webapp")),
                "the webapp's classes are missing at " + webapp.toAbsolutePath() + "; build the webapp first");
        Set<Location> locations = new HashSet<>(Locations.ofPackage(root));
        locations.add(Location.of(webapp));
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importLocations(locations);
    }
}
