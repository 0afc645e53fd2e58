package org.warmline.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module edges of DESIGN.md, checked on the production classes of every module this build
 * depends on (core, conversation, returnhome, legalaid, jobs, helpdesk, sms, chat) and of the webapp WAR
 * (read from its {@code target/classes}, system property {@code warmline.webapp.classes}): the webapp is one
 * more module to the rules, so it too uses the others only through their api (core excepted), keeps
 * JAX-RS in its interfaces package, and nothing depends on it. Test classes, including this module's
 * fixtures, are not imported. A failure here fails the build.
 *
 * <p>Plain Jupiter {@code @Test}s calling {@code rule.check(classes)} rather than
 * {@code @AnalyzeClasses} with {@code @ArchTest} fields: maven-surefire-plugin 3.5.3 (the parent's
 * version) silently runs no {@code @ArchTest} field (SUREFIRE-2298, TNG/ArchUnit#1442, fixed in 3.5.4),
 * which would turn this test green without checking anything.
 */
class ModuleEdgesTest {

    private static final String ROOT = "org.warmline";

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = ProductionClasses.of(ROOT);
    }

    @Test
    void coreDependsOnNoOtherModule() {
        ModuleEdges.coreDependsOnNoOtherModule(ROOT).check(production);
    }

    @Test
    void modulesUseEachOtherOnlyThroughApi() {
        ModuleEdges.modulesUseEachOtherOnlyThroughApi(ROOT).check(production);
    }

    @Test
    void channelsDependOnlyOnConversationApi() {
        ModuleEdges.channelsDependOnlyOnConversationApi(ROOT).check(production);
    }

    @Test
    void serviceModulesDoNotDependOnConversationOrChannels() {
        ModuleEdges.serviceModulesDoNotDependOnConversationOrChannels(ROOT).check(production);
    }

    @Test
    void noCyclesBetweenModules() {
        ModuleEdges.noCyclesBetweenModules(ROOT).check(production);
    }

    @Test
    void domainHasNoFrameworkCodeButJpa() {
        ModuleEdges.domainHasNoFrameworkCodeButJpa(ROOT).check(production);
    }

    @Test
    void noJaxRsBelowInterfaces() {
        ModuleEdges.noJaxRsBelowInterfaces(ROOT).check(production);
    }

    /** A green run must not be an empty one: every module's classes are imported, no fixture is. */
    @Test
    void everyProductionModuleIsScannedAndNoFixtureIs() {
        for (String module : List.of("core", "conversation", "returnhome", "legalaid", "jobs", "helpdesk", "sms", "chat",
                "webapp")) {
            String prefix = ROOT + "." + module + ".";
            assertTrue(production.stream().anyMatch(c -> c.getPackageName().startsWith(prefix)),
                    "no classes of module " + module + " imported; is it a dependency of warmline-architecture?");
        }
        assertTrue(production.stream().noneMatch(c -> c.getPackageName().startsWith(ROOT + ".fixture")),
                "fixtures must not be scanned as production code");
    }
}
