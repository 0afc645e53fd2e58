package org.warmline.conversation.domain;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.warmline.conversation.api.FileReceipt;

/**
 * The bot's answers to files a worker sends (issue 12, point 6), from
 * {@code org/warmline/conversation/files.properties} (Simplified Chinese, the default) and
 * {@code files_en.properties}: one sentence per distinct outcome of the message's files, in order.
 */
public final class FileReplies {

    static final String BUNDLE = "org.warmline.conversation.files";

    private FileReplies() {
    }

    /**
     * @param outcomes what became of each file, in order (at least one)
     * @param language "zh" or "en"
     * @return the reply: one line per distinct outcome, e.g. "收到您的材料，已放进您的欠薪案子…"
     */
    public static String reply(List<FileReceipt.Outcome> outcomes, String language) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, "en".equals(language) ? Locale.ENGLISH : Locale.ROOT,
                FileReplies.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return String.join("\n", outcomes.stream().distinct()
                .map(o -> texts.getString("file." + o.name().toLowerCase(Locale.ROOT).replace('_', '-'))).toList());
    }
}
