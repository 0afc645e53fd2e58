package org.warmline.conversation.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Messages that are answered from a service module's data rather than by the dialog: a worker's
 * 1/2 to a seat offer (the offer SMS says "回复1确认 2取消"), and "when does my bus leave?"
 * (我的车几点走), "how is my case?" (我的案子怎么样了). Pure text rules; the application asks returnhome whether
 * an offer or a trip exists and legal aid whether a case does.
 */
public final class DirectQuestions {

    private static final Pattern ACCEPT = Pattern.compile("^(?:1|１|确认|確認|是|好|yes|y|ok)[。.!！]?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DECLINE = Pattern.compile("^(?:2|２|取消|不要了|不去了|no|n)[。.!！]?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OWN_TRIP = Pattern.compile(
            "(?:我的车|我们的车|车几点|几点走|几点发车|几点出发|哪里上车|在哪上车|上车地点|上车点|我的车次"
                    + "|我的車|車幾點|幾點走|幾點發車|哪裡上車"
                    + "|my bus|my coach|my trip|my seat|when does (?:my|the) (?:bus|coach)|where do i board)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern OWN_CASE = Pattern.compile(
            "(?:我的|我们的|俺的)?案子(?:怎么样|咋样|怎样|进展|进度|到哪|办得|办到|有消息|有没有消息|处理得|什么时候)|我的案子|我的案件|我们的案子"
                    + "|案件(?:进展|进度)|维权进度|讨薪进度|官司怎么样|官司咋样|案子怎麼樣|我的案件"
                    + "|(?i:\\bcase status\\b|\\bmy case\\b|\\bour case\\b|status of (?:my|our) (?:case|claim)|how is my (?:case|claim))");

    private DirectQuestions() {
    }

    /**
     * @param text the worker's message
     * @return true for an acceptance (1, 确认, yes), false for a refusal (2, 取消, no), empty otherwise
     */
    public static Optional<Boolean> offerAnswer(String text) {
        String bare = text == null ? "" : text.strip();
        if (ACCEPT.matcher(bare).matches()) {
            return Optional.of(true);
        }
        if (DECLINE.matcher(bare).matches()) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    /**
     * @param text the worker's message
     * @return whether it asks how the worker's own legal-aid case stands ("我的案子怎么样了", "case status")
     */
    public static boolean asksAboutOwnCase(String text) {
        return text != null && text.length() <= 200 && OWN_CASE.matcher(text).find();
    }

    /** @param text the worker's message @return whether it asks about the worker's own trip (time, place) */
    public static boolean asksAboutOwnTrip(String text) {
        return text != null && text.length() <= 200 && OWN_TRIP.matcher(text).find();
    }
}
