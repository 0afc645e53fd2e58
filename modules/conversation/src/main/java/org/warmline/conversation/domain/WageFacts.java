package org.warmline.conversation.domain;

import java.time.LocalDate;

/**
 * The facts of a wage claim the legal intake reads beyond who, where and how much (issue 12, point 2):
 * the project, the trade, the period worked, whether the job has ended and when (it starts the one-year
 * limitation for arbitration, Labour Dispute Mediation and Arbitration Law Art. 27), an absconded
 * employer (欠薪逃匿) and the contractor chain above the worker (Decree 724 Art. 29–30 say which party
 * pays first). Every unknown fact is null (false for {@code absconded}).
 *
 * @param project           the project or work site as the worker named it ("万科城项目"), ≤ 40 chars, or null
 * @param trade             the worker's trade, or null
 * @param workedFrom        first day worked (the first of the month when only the month was said), or null
 * @param workedTo          last day worked (the last of the month when only the month was said), or null
 * @param ended             true when the job is over, false when the worker still works there, null unknown
 * @param endedOn           the day the job ended, or null
 * @param absconded         true when the employer or contractor ran off or cannot be reached (跑了, 联系不上)
 * @param subcontractor     the subcontractor (分包) as named, or null
 * @param generalContractor the general contractor (总包 / 总承包) as named, or null
 * @param client            the client (建设单位 / 开发商 / 甲方) as named, or null
 */
public record WageFacts(String project, Trade trade, LocalDate workedFrom, LocalDate workedTo, Boolean ended,
                        LocalDate endedOn, boolean absconded, String subcontractor, String generalContractor,
                        String client) {

    /** Nothing known. */
    public static final WageFacts NONE = new WageFacts(null, null, null, null, null, null, false, null, null, null);

    /** Cuts the names to {@link DialogState#MAX_SHORT_TEXT}; an end day means the job has ended. */
    public WageFacts {
        project = DialogState.cut(project, DialogState.MAX_SHORT_TEXT);
        subcontractor = DialogState.cut(subcontractor, DialogState.MAX_SHORT_TEXT);
        generalContractor = DialogState.cut(generalContractor, DialogState.MAX_SHORT_TEXT);
        client = DialogState.cut(client, DialogState.MAX_SHORT_TEXT);
        if (endedOn != null) {
            ended = Boolean.TRUE;
        }
        if (workedFrom != null && workedTo != null && workedTo.isBefore(workedFrom)) {
            workedTo = null;
        }
    }

    /**
     * The facts of {@code said} where this has none; a later answer overrides when it is the one asked
     * for ({@code answer}), otherwise what was known stays.
     *
     * @param said   the facts read from a new message
     * @param answer whether the message answers a question about these facts (then it corrects them)
     * @return the merged facts
     */
    WageFacts with(WageFacts said, boolean answer) {
        return new WageFacts(pick(project, said.project, answer), pick(trade, said.trade, answer),
                pick(workedFrom, said.workedFrom, answer), pick(workedTo, said.workedTo, answer),
                pick(ended, said.ended, answer), pick(endedOn, said.endedOn, answer), absconded || said.absconded,
                pick(subcontractor, said.subcontractor, answer), pick(generalContractor, said.generalContractor, answer),
                pick(client, said.client, answer));
    }

    private static <T> T pick(T known, T said, boolean answer) {
        if (said == null) {
            return known;
        }
        return known == null || answer ? said : known;
    }
}
