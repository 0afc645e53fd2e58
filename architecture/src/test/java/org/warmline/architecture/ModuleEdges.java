package org.warmline.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.stream.Stream;

/**
 * The module edges of DESIGN.md ("Shape: a modular monolith") as ArchUnit rules, built for a root
 * package so the same rule runs against production code ({@code org.warmline}) in
 * {@link ModuleEdgesTest} and against deliberately broken fixtures in {@link ModuleEdgesRulesCanFailTest}.
 *
 * <p>A module is the first package segment under the root: {@code <root>.<module>..}. {@code core} is
 * the shared kernel; {@code returnhome}, {@code legalaid}, {@code jobs} are service modules;
 * {@code conversation} is the dialog engine; {@code sms} (and later {@code chat}) are channels.
 */
final class ModuleEdges {

    /** The shared kernel: anyone may use it, it uses no module. */
    static final String CORE = "core";
    /** The dialog engine every channel talks to. */
    static final String CONVERSATION = "conversation";
    /** Service modules: a worker's request ends up in one of these. */
    static final List<String> SERVICES = List.of("returnhome", "legalaid", "jobs");
    /** Channel adapters. */
    static final List<String> CHANNELS = List.of("sms", "chat");
    /** Framework packages that must stay out of {@code ..domain..} (JPA is allowed). */
    static final List<String> FRAMEWORK_PACKAGES = List.of(
            "jakarta.ws.rs..", "jakarta.enterprise..", "jakarta.inject..", "jakarta.ejb..", "jakarta.transaction..");

    private ModuleEdges() {
    }

    /** {@code core} imports no other module under {@code root}. */
    static ArchRule coreDependsOnNoOtherModule(String root) {
        return noClasses().that().resideInAPackage(module(root, CORE))
                .should().dependOnClassesThat(resideInAPackage(root + "..")
                        .and(not(resideInAPackage(module(root, CORE)))))
                .as("core depends on no other module");
    }

    /**
     * A class of module A uses a class of another module B only if it lies in {@code <root>.B.api..};
     * {@code core} is exempt (shared kernel). Generic over modules, so new modules are covered as soon
     * as they are on this module's classpath.
     */
    static ArchRule modulesUseEachOtherOnlyThroughApi(String root) {
        return classes().that().resideInAPackage(root + "..")
                .should(useOtherModulesOnlyThroughTheirApi(root))
                .as("modules use each other only through their api package (core excepted)");
    }

    /** Channels may use {@code conversation}'s api, nothing else of it, and no service module at all. */
    static ArchRule channelsDependOnlyOnConversationApi(String root) {
        String[] services = SERVICES.stream().map(s -> module(root, s)).toArray(String[]::new);
        return noClasses().that().resideInAnyPackage(CHANNELS.stream().map(c -> module(root, c)).toArray(String[]::new))
                .should().dependOnClassesThat(resideInAnyPackage(services)
                        .or(resideInAPackage(module(root, CONVERSATION))
                                .and(not(resideInAPackage(root + "." + CONVERSATION + ".api..")))))
                .as("channels depend only on conversation's api, never on a service module");
    }

    /** Service modules are called by {@code conversation}; they never call back into it or a channel. */
    static ArchRule serviceModulesDoNotDependOnConversationOrChannels(String root) {
        String[] upstream = Stream.concat(Stream.of(CONVERSATION), CHANNELS.stream())
                .map(m -> module(root, m)).toArray(String[]::new);
        return noClasses().that().resideInAnyPackage(SERVICES.stream().map(s -> module(root, s)).toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage(upstream)
                .as("service modules do not depend on conversation or channels");
    }

    /** The module graph is acyclic. */
    static ArchRule noCyclesBetweenModules(String root) {
        return slices().matching(root + ".(*)..").namingSlices("module $1")
                .should().beFreeOfCycles()
                .as("no cycles between modules");
    }

    /** Domain packages carry no framework code beyond JPA annotations. */
    static ArchRule domainHasNoFrameworkCodeButJpa(String root) {
        return noClasses().that().resideInAPackage(root + "..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORK_PACKAGES.toArray(String[]::new))
                .as("domain has no framework code but JPA");
    }

    /**
     * HTTP stays in the interfaces layer: no class outside a {@code ..interfaces..} package uses JAX-RS
     * ({@code jakarta.ws.rs}); application services throw the domain's refusals
     * ({@code org.warmline.core.domain.refusal}) and exception mappers in interfaces answer them.
     */
    static ArchRule noJaxRsBelowInterfaces(String root) {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(root + "..interfaces..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
                .as("no jakarta.ws.rs below the interfaces layer");
    }

    /** Every rule, for one root package. */
    static List<ArchRule> all(String root) {
        return List.of(coreDependsOnNoOtherModule(root), modulesUseEachOtherOnlyThroughApi(root),
                channelsDependOnlyOnConversationApi(root), serviceModulesDoNotDependOnConversationOrChannels(root),
                noCyclesBetweenModules(root), domainHasNoFrameworkCodeButJpa(root), noJaxRsBelowInterfaces(root));
    }

    private static String module(String root, String name) {
        return root + "." + name + "..";
    }

    /** The module a package belongs to under {@code root}, or null if it is outside {@code root}'s modules. */
    static String moduleOf(String root, String packageName) {
        String prefix = root + ".";
        if (!packageName.startsWith(prefix)) {
            return null;
        }
        String rest = packageName.substring(prefix.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static ArchCondition<JavaClass> useOtherModulesOnlyThroughTheirApi(String root) {
        return new ArchCondition<>("use other modules only through their api package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String own = moduleOf(root, origin.getPackageName());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    String other = moduleOf(root, target.getPackageName());
                    if (other == null || other.equals(own) || other.equals(CORE)) {
                        continue;
                    }
                    String api = root + "." + other + ".api";
                    boolean throughApi = target.getPackageName().equals(api)
                            || target.getPackageName().startsWith(api + ".");
                    if (!throughApi) {
                        events.add(SimpleConditionEvent.violated(dependency,
                                dependency.getDescription() + " [" + other + " outside its api]"));
                    }
                }
            }
        };
    }
}
