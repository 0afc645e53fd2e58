package org.warmline.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The module map of {@code docs/modules.md}, written from the compiled classes (ArchUnit) and the
 * docstrings of their sources ({@link SourceDocs}): the modules, the public types of each module's
 * {@code api} package, which module uses which (and through which package), and the CDI events between
 * them (who injects {@code Event<X>}, who has an {@code @Observes X} parameter).
 *
 * <p>A module is the first package segment under the root ({@code <root>.<module>..}), as in
 * {@link ModuleEdges}; what a module is comes from the javadoc of its root package's
 * {@code package-info.java} ({@code <root>/<module>/package-info.java}).
 */
final class ModuleMap {

    /** The command that rewrites {@code docs/modules.md} from the code (needs no prior install). */
    static final String REGENERATE = "mvn -B -q -pl architecture -am test -Dtest=ModuleMapTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dwarmline.docs.write=true";

    private static final String EVENT = "jakarta.enterprise.event.Event";
    private static final Set<String> OBSERVES = Set.of("jakarta.enterprise.event.Observes",
            "jakarta.enterprise.event.ObservesAsync");
    private static final String WEBAPP = "webapp";
    /** Longest table cell text, in characters; the rest is cut (the full sentence is in the source). */
    private static final int LONGEST = 200;

    private final String root;
    private final JavaClasses classes;
    private final SourceDocs docs;
    /** module -> its classes, in map order. */
    private final Map<String, List<JavaClass>> modules = new LinkedHashMap<>();
    /** module -> used module -> the packages used there, as written in the map. */
    private final Map<String, Map<String, Set<String>>> uses = new TreeMap<>();
    /** event type -> firing classes / observing classes. */
    private final Map<JavaClass, Set<JavaClass>> fired = new TreeMap<>(Comparator.comparing(JavaClass::getName));
    private final Map<JavaClass, Set<JavaClass>> observed = new TreeMap<>(Comparator.comparing(JavaClass::getName));

    private ModuleMap(String root, JavaClasses classes, SourceDocs docs) {
        this.root = root;
        this.classes = classes;
        this.docs = docs;
    }

    /**
     * Writes the map of the modules under {@code root}.
     *
     * @param root    root package, e.g. {@code org.warmline}
     * @param classes the imported classes (production only)
     * @param docs    the docstrings of their sources
     * @return the Markdown text of {@code docs/modules.md}, LF line ends, ending in a newline
     */
    static String markdown(String root, JavaClasses classes, SourceDocs docs) {
        ModuleMap map = new ModuleMap(root, classes, docs);
        map.collect();
        return map.write();
    }

    private void collect() {
        Map<String, List<JavaClass>> byModule = new TreeMap<>();
        for (JavaClass type : classes) {
            String module = moduleOf(type);
            if (module != null && !type.getSimpleName().equals("package-info")) {
                byModule.computeIfAbsent(module, m -> new ArrayList<>()).add(type);
            }
        }
        byModule.keySet().stream().sorted(Comparator.comparing(this::rank).thenComparing(m -> m))
                .forEach(m -> modules.put(m, byModule.get(m).stream()
                        .sorted(Comparator.comparing(JavaClass::getName)).collect(Collectors.toList())));
        for (JavaClass type : classes) {
            String own = moduleOf(type);
            if (own == null) {
                continue;
            }
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass().getBaseComponentType();
                String other = moduleOf(target);
                if (other != null && !other.equals(own)) {
                    uses.computeIfAbsent(own, m -> new TreeMap<>())
                            .computeIfAbsent(other, m -> new TreeSet<>()).add(entry(other, target));
                }
            }
            for (JavaField field : type.getFields()) {
                eventOf(field.getType()).ifPresent(event -> add(fired, event, type));
            }
            for (JavaCodeUnit unit : type.getCodeUnits()) {
                for (JavaParameter parameter : unit.getParameters()) {
                    eventOf(parameter.getType()).ifPresent(event -> add(fired, event, type));
                    boolean observer = parameter.getAnnotations().stream()
                            .anyMatch(a -> OBSERVES.contains(a.getRawType().getName()));
                    JavaClass raw = parameter.getRawType();
                    if (observer && moduleOf(raw) != null) {
                        add(observed, raw, type);
                    }
                }
            }
        }
    }

    private String write() {
        StringBuilder out = new StringBuilder();
        out.append("# Module map\n\n")
                .append("<!-- Generated from the compiled classes by ModuleMapTest (architecture module); do not edit.\n")
                .append("     Regenerate: ").append(REGENERATE).append(" -->\n\n")
                .append("Modules use each other only through their `api` package; `core`, the shared kernel, is used as a\n")
                .append("whole (rules: `architecture/…/ModuleEdges.java`, checked by `ModuleEdgesTest`). This page is written\n")
                .append("from the compiled classes and their docstrings, and `ModuleMapTest` fails when it differs from them.\n\n");
        writeGraph(out);
        writeModules(out);
        writeApis(out);
        writeEvents(out);
        if (!modules.containsKey(WEBAPP)) {
            out.append("\nThe `webapp` module (the WAR) is not on the architecture module's class path, so its uses and\n")
                    .append("events are not shown (\"—\" above may mean \"only in the webapp\").\n");
        }
        return out.toString();
    }

    private void writeGraph(StringBuilder out) {
        out.append("```mermaid\ngraph LR\n");
        for (String module : modules.keySet()) {
            for (String used : uses.getOrDefault(module, Map.of()).keySet()) {
                if (!used.equals(ModuleEdges.CORE)) {
                    out.append("  ").append(module).append(" --> ").append(used).append('\n');
                }
            }
        }
        out.append("```\n\nAn arrow reads \"uses\"; the edges to `core` are left out.\n\n");
    }

    private void writeModules(StringBuilder out) {
        out.append("## Modules\n\n| module | what it is | uses | used by |\n|---|---|---|---|\n");
        for (String module : modules.keySet()) {
            String what = docs.packageSentence(root + "." + module)
                    .orElse("(no javadoc in `" + module + "/package-info.java`)");
            String used = uses.getOrDefault(module, Map.of()).values().stream().flatMap(Set::stream)
                    .map(p -> "`" + p + "`").collect(Collectors.joining(", "));
            String usedBy = modules.keySet().stream()
                    .filter(m -> uses.getOrDefault(m, Map.of()).containsKey(module))
                    .collect(Collectors.joining(", "));
            out.append("| `").append(module).append("` | ").append(cell(what)).append(" | ")
                    .append(used.isEmpty() ? "—" : used).append(" | ").append(usedBy.isEmpty() ? "—" : usedBy)
                    .append(" |\n");
        }
        out.append('\n');
    }

    private void writeApis(StringBuilder out) {
        out.append("## What each module offers\n\n");
        for (Map.Entry<String, List<JavaClass>> module : modules.entrySet()) {
            String name = module.getKey();
            if (name.equals(ModuleEdges.CORE)) {
                writeKernel(out, module.getValue());
                continue;
            }
            List<JavaClass> api = module.getValue().stream()
                    .filter(c -> inApi(name, c) && c.isTopLevelClass() && c.getModifiers().contains(JavaModifier.PUBLIC))
                    .collect(Collectors.toList());
            if (api.isEmpty()) {
                continue;
            }
            out.append("### `").append(name).append(".api`\n\n| type | kind | what |\n|---|---|---|\n");
            for (JavaClass type : api) {
                out.append("| `").append(relative(type)).append("` | ").append(kind(type)).append(" | ")
                        .append(cell(docs.typeSentence(type.getName()).orElse("—"))).append(" |\n");
            }
            out.append('\n');
        }
        String without = modules.keySet().stream()
                .filter(m -> !m.equals(ModuleEdges.CORE))
                .filter(m -> modules.get(m).stream().noneMatch(c -> inApi(m, c)))
                .map(m -> "`" + m + "`").collect(Collectors.joining(", "));
        if (!without.isEmpty()) {
            out.append("No `api` package (nothing may import them): ").append(without).append(".\n\n");
        }
    }

    /** core has no api package: every public type is open to all, so its packages are listed instead. */
    private void writeKernel(StringBuilder out, List<JavaClass> kernel) {
        Map<String, Long> packages = kernel.stream()
                .filter(c -> c.isTopLevelClass() && c.getModifiers().contains(JavaModifier.PUBLIC))
                .collect(Collectors.groupingBy(JavaClass::getPackageName, TreeMap::new, Collectors.counting()));
        out.append("### `core` (the shared kernel: every public type, by package)\n\n")
                .append("| package | public types | what |\n|---|---|---|\n");
        packages.forEach((name, count) -> out.append("| `").append(name.substring(root.length() + 1)).append("` | ")
                .append(count).append(" | ").append(cell(docs.packageSentence(name).orElse("—"))).append(" |\n"));
        out.append('\n');
    }

    private void writeEvents(StringBuilder out) {
        out.append("## Events (CDI)\n\n")
                .append("Fired through an injected `Event<X>`, observed by an `@Observes X` parameter; classes by module.\n\n")
                .append("| event | declared in | fired by | observed by |\n|---|---|---|---|\n");
        Set<JavaClass> events = new TreeSet<>(Comparator.comparing((JavaClass c) -> rank(moduleOf(c)))
                .thenComparing(JavaClass::getName));
        events.addAll(fired.keySet());
        events.addAll(observed.keySet());
        for (JavaClass event : events) {
            out.append("| `").append(event.getSimpleName()).append("` | `")
                    .append(event.getPackageName().substring(root.length() + 1)).append("` | ")
                    .append(byModule(fired.getOrDefault(event, Set.of()))).append(" | ")
                    .append(byModule(observed.getOrDefault(event, Set.of()))).append(" |\n");
        }
    }

    private String byModule(Set<JavaClass> types) {
        if (types.isEmpty()) {
            return "—";
        }
        Map<String, Set<String>> grouped = new TreeMap<>(Comparator.comparing(this::rank).thenComparing(m -> m));
        for (JavaClass type : types) {
            grouped.computeIfAbsent(moduleOf(type), m -> new TreeSet<>()).add(type.getSimpleName());
        }
        return grouped.entrySet().stream()
                .map(e -> e.getKey() + " (" + e.getValue().stream().map(s -> "`" + s + "`")
                        .collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining("; "));
    }

    private Optional<JavaClass> eventOf(JavaType type) {
        if (type instanceof JavaParameterizedType parameterized && type.toErasure().getName().equals(EVENT)
                && parameterized.getActualTypeArguments().size() == 1) {
            JavaClass event = parameterized.getActualTypeArguments().get(0).toErasure();
            return moduleOf(event) == null ? Optional.empty() : Optional.of(event);
        }
        return Optional.empty();
    }

    private static void add(Map<JavaClass, Set<JavaClass>> index, JavaClass event, JavaClass by) {
        JavaClass outer = by;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        index.computeIfAbsent(event, e -> new TreeSet<>(Comparator.comparing(JavaClass::getName))).add(outer);
    }

    /** How a use of {@code target} (in module {@code other}) is written: {@code core}, {@code x.api}, or the package. */
    private String entry(String other, JavaClass target) {
        if (other.equals(ModuleEdges.CORE)) {
            return ModuleEdges.CORE;
        }
        return inApi(other, target) ? other + ".api" : target.getPackageName().substring(root.length() + 1);
    }

    private boolean inApi(String module, JavaClass type) {
        String api = root + "." + module + ".api";
        return type.getPackageName().equals(api) || type.getPackageName().startsWith(api + ".");
    }

    private String relative(JavaClass type) {
        return type.getName().substring(type.getPackageName().length() + 1);
    }

    private String kind(JavaClass type) {
        String kind;
        if (type.isAnnotation()) {
            kind = "annotation";
        } else if (type.isInterface()) {
            kind = "interface";
        } else if (type.isEnum()) {
            kind = "enum";
        } else if (type.isRecord()) {
            kind = "record";
        } else if (type.isAssignableTo(Throwable.class)) {
            kind = "exception";
        } else {
            kind = "class";
        }
        return fired.containsKey(type) || observed.containsKey(type) ? kind + ", event" : kind;
    }

    /** Map order: core, conversation, the service modules, other modules by name, channels, webapp. */
    private int rank(String module) {
        if (module == null) {
            return 9;
        }
        if (module.equals(ModuleEdges.CORE)) {
            return 0;
        }
        if (module.equals(ModuleEdges.CONVERSATION)) {
            return 1;
        }
        if (ModuleEdges.SERVICES.contains(module)) {
            return 2 + ModuleEdges.SERVICES.indexOf(module);
        }
        if (ModuleEdges.CHANNELS.contains(module)) {
            return 6 + ModuleEdges.CHANNELS.indexOf(module);
        }
        return module.equals(WEBAPP) ? 8 : 5;
    }

    private String moduleOf(JavaClass type) {
        return ModuleEdges.moduleOf(root, type.getPackageName());
    }

    /** A table cell: pipes escaped, cut after {@value #LONGEST} characters at a space so rows stay readable. */
    private static String cell(String text) {
        String cut = text;
        if (cut.length() > LONGEST) {
            int space = cut.lastIndexOf(' ', LONGEST);
            cut = cut.substring(0, space > 0 ? space : LONGEST) + " …";
        }
        return cut.replace("|", "\\|").replace("\n", " ");
    }
}
