package org.warmline.conversation.domain;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The reply texts, from {@code org/warmline/conversation/messages.properties} (Simplified Chinese,
 * the default) and {@code messages_en.properties}, formatted with {@link MessageFormat}.
 * Chinese is the root bundle and the JVM's default locale is never consulted, so a server running
 * in {@code en_US} still answers Chinese in Chinese.
 */
final class Messages {

    static final String BUNDLE = "org.warmline.conversation.messages";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Messages() {
    }

    /** @param language "zh" or "en" @return the bundle of that language */
    static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle(BUNDLE, locale(language), Messages.class.getClassLoader(), NO_FALLBACK);
    }

    /**
     * @param language "zh" or "en"
     * @param key      a key of the bundle
     * @param args     the template's arguments (strings, or integers for choice formats)
     * @return the formatted text
     */
    static String format(String language, String key, Object... args) {
        return new MessageFormat(bundle(language).getString(key), locale(language)).format(args);
    }

    /** @return the date as a worker reads it: 2027年1月29日, or 29 Jan 2027 */
    static String date(String language, LocalDate date) {
        return (DialogState.EN.equals(language) ? EN_DATE : ZH_DATE).format(date);
    }

    private static Locale locale(String language) {
        return DialogState.EN.equals(language) ? Locale.ENGLISH : Locale.ROOT;
    }
}
