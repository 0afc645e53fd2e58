package org.warmline.conversation.domain;

import org.warmline.conversation.api.SmsSegmentCount;

/**
 * The dialog's short view of {@link SmsSegmentCount}, the one segment counter of the project (GSM-7
 * 160/153 with extension characters counted twice, otherwise UCS-2 70/67), so the dialog's length
 * limits and the outbox count a text the same way.
 */
final class SmsSegments {

    private SmsSegments() {
    }

    /** @return true if the text can be sent as GSM-7 */
    static boolean isGsm7(String text) {
        return SmsSegmentCount.of(text).encoding() == SmsSegmentCount.Encoding.GSM7;
    }

    /** @return the number of segments the text is sent as (at least 1) */
    static int count(String text) {
        return SmsSegmentCount.of(text).segments();
    }
}
