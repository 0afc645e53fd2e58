package org.warmline.chat.application;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/** The chat channel's SMS texts, from {@code org/warmline/chat/messages*.properties}, zh first. */
public final class ChatTexts {

    private static final String BUNDLE = "org.warmline.chat.messages";
    private static final Pattern CODE_IN_TEXT = Pattern.compile("(?<!\\d)\\d{6}(?!\\d)");

    private ChatTexts() {
    }

    /**
     * @param language "zh" or "en"
     * @param code     the six digits
     * @return the SMS carrying a one-time code
     */
    public static String codeSms(String language, String code) {
        return MessageFormat.format(bundle(language).getString("otp.sms"), code);
    }

    /**
     * Hides a one-time code in a text that is one of our code SMS, so that a code never shows up in
     * the chat window (if the outbox records SMS in the worker's transcript): whoever sees the chat
     * must not be able to confirm a phone they do not hold.
     *
     * @param text any message text
     * @return the text, with the code replaced by ****** if the text is a code SMS
     */
    public static String redactCodes(String text) {
        if (text == null || !isCodeSms(text)) {
            return text;
        }
        return CODE_IN_TEXT.matcher(text).replaceAll("******");
    }

    private static boolean isCodeSms(String text) {
        for (String language : new String[] {"zh", "en"}) {
            String template = bundle(language).getString("otp.sms");
            String prefix = template.substring(0, template.indexOf("{0}"));
            if (text.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static ResourceBundle bundle(String language) {
        Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, locale, ChatTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
