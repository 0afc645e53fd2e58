package org.warmline.architecture;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves the rules of {@link ModuleEdges} can fail: each one is run against the test-only fixtures in
 * {@code org.warmline.fixture.bad} (one deliberate break per rule) and must report it, and against
 * {@code org.warmline.fixture.good} (every edge kept) and must pass.
 */
class ModuleEdgesRulesCanFailTest {

    private static final String BAD = "org.warmline.fixture.bad";
    private static final String GOOD = "org.warmline.fixture.good";

    private static JavaClasses bad;
    private static JavaClasses good;

    @BeforeAll
    static void importFixtures() {
        bad = new ClassFileImporter().importPackages(BAD);
        good = new ClassFileImporter().importPackages(GOOD);
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("coreDependsOnNoOtherModule", ModuleEdges::coreDependsOnNoOtherModule, "LeakyKernel"),
                rule("modulesUseEachOtherOnlyThroughApi", ModuleEdges::modulesUseEachOtherOnlyThroughApi,
                        "LeakyDialog", "LeakyHook"),
                rule("channelsDependOnlyOnConversationApi", ModuleEdges::channelsDependOnlyOnConversationApi,
                        "LeakyHook"),
                rule("serviceModulesDoNotDependOnConversationOrChannels",
                        ModuleEdges::serviceModulesDoNotDependOnConversationOrChannels, "TripService"),
                rule("noCyclesBetweenModules", ModuleEdges::noCyclesBetweenModules, "LeakyDialog", "TripService"),
                rule("domainHasNoFrameworkCodeButJpa", ModuleEdges::domainHasNoFrameworkCodeButJpa, "Trip"),
                rule("noJaxRsBelowInterfaces", ModuleEdges::noJaxRsBelowInterfaces, "SeatDesk"));
    }

    private static Arguments rule(String name, Function<String, ArchRule> rule, String... culprits) {
        return Arguments.of(Named.of(name, rule), List.of(culprits));
    }

    @ParameterizedTest(name = "{0} reports the deliberate break")
    @MethodSource("rules")
    void everyRuleReportsItsDeliberateBreak(Function<String, ArchRule> rule, List<String> culprits) {
        EvaluationResult result = rule.apply(BAD).evaluate(bad);
        String report = result.getFailureReport().toString();
        assertTrue(result.hasViolation(), "expected a violation, got none");
        assertAll(culprits.stream().map(c -> () -> assertTrue(report.contains(BAD) && report.contains("." + c),
                "report should name " + c + ":\n" + report)));
    }

    @ParameterizedTest(name = "{0} passes on well-formed modules")
    @MethodSource("rules")
    void everyRulePassesOnModulesThatKeepTheEdges(Function<String, ArchRule> rule, List<String> culprits) {
        EvaluationResult result = rule.apply(GOOD).evaluate(good);
        assertFalse(result.hasViolation(), () -> result.getFailureReport().toString());
    }

    /** The JAX-RS rule names the application class that throws an HTTP exception, and spares the resource. */
    @Test
    void jaxRsRuleFlagsApplicationCodeButAllowsResources() {
        EvaluationResult bad = ModuleEdges.noJaxRsBelowInterfaces(BAD).evaluate(ModuleEdgesRulesCanFailTest.bad);
        List<String> details = bad.getFailureReport().getDetails();
        assertTrue(details.stream().anyMatch(d -> d.contains("SeatDesk") && d.contains("jakarta.ws.rs.NotFoundException")),
                () -> String.join("\n", details));
        assertTrue(details.stream().noneMatch(d -> d.contains("interfaces")), () -> String.join("\n", details));
        assertTrue(good.stream().anyMatch(c -> c.getPackageName().endsWith(".interfaces.rest")
                        && c.getDirectDependenciesFromSelf().stream()
                                .anyMatch(dep -> dep.getTargetClass().getPackageName().startsWith("jakarta.ws.rs"))),
                "the good fixtures must use JAX-RS in interfaces, or the rule's pass proves nothing");
    }

    @Test
    void apiOnlyRuleFlagsInternalsButAllowsApiUse() {
        EvaluationResult result = ModuleEdges.modulesUseEachOtherOnlyThroughApi(BAD).evaluate(bad);
        List<String> details = result.getFailureReport().getDetails();
        assertTrue(details.stream().anyMatch(d -> d.contains("LeakyDialog") && d.contains("returnhome.domain.Trip")),
                () -> String.join("\n", details));
        assertTrue(details.stream().anyMatch(d -> d.contains("LeakyHook") && d.contains("conversation.application.LeakyDialog")),
                () -> String.join("\n", details));
        // TripService -> conversation.api and LeakyKernel -> returnhome.api are legal for this rule
        // (other rules catch them): only conversation and sms classes may appear as origins.
        assertTrue(details.stream().noneMatch(d -> d.contains("TripService") || d.contains("LeakyKernel")),
                () -> String.join("\n", details));
    }
}
