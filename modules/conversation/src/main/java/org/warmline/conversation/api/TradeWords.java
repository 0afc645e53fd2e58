package org.warmline.conversation.api;

import java.util.Locale;
import java.util.Optional;
import org.warmline.conversation.domain.Trade;

/**
 * The dialog's reading of trades for staff forms (issue 10, item 5): what an operator types in a trade
 * field — 焊工, 电焊, 普工, "welder", or the standard name WELDER — becomes the standard trade the jobs
 * service matches on, exactly as the bot reads a worker's message.
 */
public final class TradeWords {

    private TradeWords() {
    }

    /**
     * @param text what was typed, may be null
     * @return the standard trade name (WELDER, GENERAL_LABOUR …), or empty if no trade is named
     */
    public static Optional<String> read(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        for (Trade trade : Trade.values()) {
            if (trade.name().equalsIgnoreCase(t)) {
                return Optional.of(trade.name());
            }
        }
        return Optional.ofNullable(Trade.readIn(t.toLowerCase(Locale.ROOT))).map(Trade::name);
    }
}
