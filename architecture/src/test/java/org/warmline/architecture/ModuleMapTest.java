package org.warmline.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/modules.md} says what the code says: the map is written again from the compiled
 * production classes of every module and of the webapp WAR ({@link ProductionClasses},
 * {@link ModuleMap}) and compared with the file, which fails the build when they differ. With
 * {@code -Dwarmline.docs.write=true} the test rewrites the file instead (the command is
 * {@link ModuleMap#REGENERATE}). Also proves, on the {@code org.warmline.fixture.good} miniature, that the
 * map shows api types, uses and events, and that a stale file is reported.
 */
class ModuleMapTest {

    private static final String ROOT = "org.warmline";
    private static final String FIXTURE = "org.warmline.fixture.good";

    @Test
    void docsModulesMdSaysWhatTheCodeSays() throws IOException {
        String expected = productionMap();
        Path file = SourceDocs.projectRoot().resolve("docs").resolve("modules.md");
        if (Boolean.getBoolean("warmline.docs.write")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, expected, StandardCharsets.UTF_8);
            System.out.println("Rewrote " + file);
            return;
        }
        String actual = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        staleness(expected, actual).ifPresent(message -> fail(message));
    }

    @Test
    void theWebappWarHasItsRowSayingWhatItIsAndWhichModulesItUses() {
        String map = productionMap();
        String row = map.lines().filter(l -> l.startsWith("| `webapp` |")).findFirst()
                .orElseThrow(() -> new AssertionError("no row for the webapp in\n" + map));
        assertTrue(row.startsWith("| `webapp` | The deployable WAR that assembles every module"), row);
        for (String used : List.of("`core`", "`conversation.api`")) {
            assertTrue(row.contains(used), () -> used + " missing in " + row);
        }
        assertTrue(row.endsWith("| — |"), () -> "no module uses the webapp: " + row);
        assertFalse(map.contains("not on the architecture module's class path"), "the webapp is read: no excuse note");
    }

    @Test
    void aStaleMapIsReportedWithItsFirstDifferenceAndTheCommandThatRewritesIt() {
        String code = "# Module map\n\n| `jobs` | a | b |\n| `chat` | c | d |\n";
        Optional<String> stale = staleness(code, code.replace("| `chat` | c", "| `chat` | old"));
        assertTrue(stale.isPresent(), "a changed line must be reported");
        assertTrue(stale.get().contains("line 4"), stale.get());
        assertTrue(stale.get().contains("| `chat` | old | d |") && stale.get().contains("| `chat` | c | d |"), stale.get());
        assertTrue(stale.get().contains(ModuleMap.REGENERATE), stale.get());
        assertTrue(staleness(code, code.substring(0, code.length() - 20)).isPresent(), "a cut file must be reported");
        assertTrue(staleness(code, "").get().contains("missing"), "a missing file must be reported as such");
        assertEquals(Optional.empty(), staleness(code, code));
    }

    @Test
    void theMapShowsApiTypesWithTheirFirstSentenceTheUsesAndTheEventsBetweenModules() {
        JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE);
        Path root = SourceDocs.projectRoot();
        SourceDocs docs = SourceDocs.read(root, List.of(root.resolve("architecture/src/test/java")));
        String map = ModuleMap.markdown(FIXTURE, fixture, docs);

        assertContains(map, "| `InboundFront` | interface | The dialog engine's front door for channels. |");
        assertContains(map, "| `MessageArrived` | record, event | Fired when a worker's message is stored. |");
        assertContains(map, "| `ReturnHomeFront` | interface | The service module's front door. |");
        assertContains(map, "| `returnhome` | The service module of the fixture: seats home. | `core` | conversation |");
        assertContains(map, "| `conversation` | (no javadoc in `conversation/package-info.java`) | `core`, `returnhome.api` | sms |");
        assertContains(map, "| `sms` | (no javadoc in `sms/package-info.java`) | `conversation.api`, `core` | — |");
        assertContains(map, "  conversation --> returnhome\n");
        assertContains(map, "  sms --> conversation\n");
        assertContains(map, "| `MessageArrived` | `conversation.api` | conversation (`Arrivals`) | sms (`ArrivalLog`) |");
        assertContains(map, "| `core.domain` | 1 | — |");
        assertTrue(map.indexOf("### `conversation.api`") < map.indexOf("### `returnhome.api`"), "conversation first, then services");
        assertTrue(!map.contains("Trip`") && !map.contains("`Dialog`"), "only api types are listed:\n" + map);
    }

    /** @return the map written from every production class, the webapp's included ({@link ProductionClasses}) */
    private static String productionMap() {
        JavaClasses production = ProductionClasses.of(ROOT);
        return ModuleMap.markdown(ROOT, production, SourceDocs.production());
    }

    /**
     * The difference between the map the code gives and the file, as a failure message.
     *
     * @param expected the map written from the code
     * @param actual   the file's text ("" if it does not exist)
     * @return empty if they are equal, else a message naming the first differing line and the command
     */
    static Optional<String> staleness(String expected, String actual) {
        if (expected.equals(actual)) {
            return Optional.empty();
        }
        String fix = "\nRegenerate it from the code (and commit it): " + ModuleMap.REGENERATE;
        if (actual.isEmpty()) {
            return Optional.of("docs/modules.md is missing." + fix);
        }
        String[] want = expected.split("\n", -1);
        String[] have = actual.split("\n", -1);
        int line = 0;
        while (line < want.length && line < have.length && want[line].equals(have[line])) {
            line++;
        }
        return Optional.of("docs/modules.md differs from the code at line " + (line + 1) + ":\n  code says: "
                + (line < want.length ? want[line] : "(end of file)") + "\n  file says: "
                + (line < have.length ? have[line] : "(end of file)") + fix);
    }

    private static void assertContains(String map, String line) {
        assertTrue(map.contains(line), () -> "expected\n" + line + "\nin\n" + map);
    }
}
