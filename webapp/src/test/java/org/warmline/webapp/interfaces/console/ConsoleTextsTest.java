package org.warmline.webapp.interfaces.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The staff pages' words (i18n/console_zh|en.properties, served by {@link ConsoleTextsResource}): both
 * languages have the same keys with the same placeholders, and every key a page asks for by name — in
 * its script ({@code t('…')}, {@code say('…')}, {@code Warmline.t('…')}) or its HTML
 * ({@code data-i18n}, {@code data-i18n-placeholder}) — is there, under the page's prefix or common.
 */
class ConsoleTextsTest {

    private static final Path PAGES = Path.of("src/main/webapp/console");

    /** Each page: its key prefix and the files that ask for keys (a script's call names the lookup function). */
    private static final Map<String, List<String>> FILES = Map.of(
            "console", List.of("index.html", "assets/console.js", "assets/places.js"),
            "returnhome", List.of("returnhome/index.html", "returnhome/returnhome.js", "assets/places.js"),
            "login", List.of("login.html", "assets/login.js"),
            "la", List.of("legalaid/index.html", "legalaid/legalaid.js"));

    private static final Pattern ASKED = Pattern.compile(
            "(?:\\b(?:t|say|W\\.t|Warmline\\.t|W\\.has)\\(\\s*'([^']+)'(\\s*\\+)?|data-i18n(?:-placeholder)?=\"([^\"]+)\")");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    @Test
    void chineseAndEnglishHaveTheSameKeys() {
        Set<String> zh = new TreeSet<>(ConsoleTextsResource.bundle("zh").keySet());
        Set<String> en = new TreeSet<>(ConsoleTextsResource.bundle("en").keySet());
        assertTrue(zh.size() > 400, "the pages' words are in the bundle: " + zh.size());
        Set<String> onlyZh = new TreeSet<>(zh);
        onlyZh.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(zh);
        assertEquals(Set.of(), onlyZh, "keys only in console_zh.properties");
        assertEquals(Set.of(), onlyEn, "keys only in console_en.properties");
    }

    @Test
    void bothLanguagesFillTheSamePlaceholdersAndNoTextIsEmpty() {
        ResourceBundle zh = ConsoleTextsResource.bundle("zh");
        ResourceBundle en = ConsoleTextsResource.bundle("en");
        List<String> wrong = new ArrayList<>();
        for (String key : zh.keySet()) {
            if (zh.getString(key).isBlank() || en.getString(key).isBlank()) {
                wrong.add(key + " is empty");
            }
            // on purpose: the English time "{mon} {d}" and the Chinese "{M}月{d}日" name the month differently,
            // and the Chinese "无人值守，已上转" does not repeat the centre the path starts with
            if (!Set.of("returnhome.dateTimeShort", "console.climb_NO_STAFF_ON_DUTY").contains(key) && !placeholders(zh.getString(key)).equals(placeholders(en.getString(key)))) {
                wrong.add(key + ": " + zh.getString(key) + " / " + en.getString(key));
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyKeyThePagesAskForByNameIsInBothLanguages() throws IOException {
        ResourceBundle zh = ConsoleTextsResource.bundle("zh");
        List<String> missing = new ArrayList<>();
        int asked = 0;
        for (Map.Entry<String, List<String>> page : FILES.entrySet()) {
            for (String file : page.getValue()) {
                Matcher m = ASKED.matcher(Files.readString(PAGES.resolve(file), StandardCharsets.UTF_8));
                while (m.find()) {
                    String key = m.group(1) != null ? m.group(1) : m.group(3);
                    asked++;
                    boolean prefix = m.group(2) != null; // t('st_' + status): some key starts so
                    String scoped = page.getKey() + "." + key;
                    if (prefix ? zh.keySet().stream().noneMatch(k -> k.startsWith(scoped) && k.length() > scoped.length())
                            : !zh.containsKey(scoped) && !zh.containsKey("common." + key)) {
                        missing.add(page.getKey() + ": " + key + " (" + file + ")");
                    }
                }
            }
        }
        assertTrue(asked > 300, "keys found in the pages: " + asked);
        assertEquals(List.of(), missing);
    }

    @Test
    void theScriptsHoldNoDictionaryOfTheirOwn() throws IOException {
        for (String file : List.of("assets/console.js", "returnhome/returnhome.js", "assets/login.js", "assets/places.js",
                "legalaid/legalaid.js")) {
            String script = Files.readString(PAGES.resolve(file), StandardCharsets.UTF_8);
            for (String word : List.of("队列", "需求看板", "登录", "Operator console", "Demand board", "移除")) {
                assertFalse(script.contains("'" + word), file + " still says " + word + " itself");
            }
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
