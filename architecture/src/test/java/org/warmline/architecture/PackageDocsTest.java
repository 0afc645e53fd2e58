package org.warmline.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Package docs (CONVENTIONS.md: "{@code package-info.java} in each package says in one or two
 * sentences what lives there"): every production package of every Maven module (all
 * {@code src/main/java} trees: modules, channels, webapp, benchmarks) has a {@code package-info.java}
 * with a javadoc, and every module's root package ({@code org.warmline.<module>}) has one saying what
 * the module is, which {@code docs/modules.md} shows. Read from the sources, as javadoc is not in
 * class files.
 */
class PackageDocsTest {

    private static final String ROOT = "org.warmline";

    @Test
    void everyProductionPackageHasAPackageInfoWithAJavadoc() {
        SourceDocs docs = SourceDocs.production();
        assertTrue(docs.packages().size() > 40, "too few packages read: " + docs.packages().keySet());
        List<String> missing = undocumented(docs);
        assertTrue(missing.isEmpty(), () -> "packages without a package-info.java javadoc (say in one or two "
                + "sentences what the package holds):\n  " + String.join("\n  ", missing));
    }

    @Test
    void everyModuleRootPackageSaysWhatTheModuleIs() {
        SourceDocs docs = SourceDocs.production();
        List<String> modules = docs.packages().keySet().stream()
                .filter(p -> p.startsWith(ROOT + "."))
                .map(p -> p.substring(ROOT.length() + 1).split("\\.")[0])
                .distinct().sorted().collect(Collectors.toList());
        assertTrue(modules.containsAll(List.of("core", "conversation", "helpdesk", "returnhome", "tripnotices", "casenotices",
                "legalaid", "jobs", "sms", "chat", "webapp")), modules::toString);
        List<String> missing = modules.stream()
                .filter(m -> docs.packageSentence(ROOT + "." + m).isEmpty())
                .map(m -> ROOT + "." + m).collect(Collectors.toList());
        assertTrue(missing.isEmpty(), () -> "modules whose root package has no package-info.java javadoc "
                + "(what the module is, for docs/modules.md):\n  " + String.join("\n  ", missing));
    }

    @Test
    void aPackageWithoutPackageInfoOrWithoutItsJavadocIsReported(@TempDir Path tmp) throws IOException {
        Path sources = tmp.resolve("src/main/java");
        write(sources.resolve("org/example/plain/Thing.java"), "package org.example.plain;\npublic class Thing {}\n");
        write(sources.resolve("org/example/blank/Thing.java"), "package org.example.blank;\npublic class Thing {}\n");
        write(sources.resolve("org/example/blank/package-info.java"), "// no javadoc\npackage org.example.blank;\n");
        write(sources.resolve("org/example/good/Thing.java"), "package org.example.good;\npublic class Thing {}\n");
        write(sources.resolve("org/example/good/package-info.java"), "/** Things. */\npackage org.example.good;\n");
        write(sources.resolve("org/example/package-info.java"), "/** Only sub-packages. */\npackage org.example;\n");

        List<String> missing = undocumented(SourceDocs.read(tmp, List.of(sources)));

        assertEquals(List.of("org.example.blank (package-info.java has no javadoc)",
                "org.example.plain (no package-info.java)"), missing);
    }

    /** @return the packages holding Java types whose package-info is missing or has no javadoc, sorted */
    private static List<String> undocumented(SourceDocs docs) {
        return docs.packages().values().stream()
                .filter(SourceDocs.PackageSource::hasJavaTypes)
                .filter(p -> p.firstSentence().isEmpty())
                .map(p -> p.packageName() + (p.hasPackageInfo() ? " (package-info.java has no javadoc)" : " (no package-info.java)"))
                .sorted().collect(Collectors.toList());
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
