package org.warmline.conversation.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Something the application layer must do after a dialog turn; the engine itself changes nothing
 * outside the returned {@link DialogState}. Actions of one turn are to be carried out in list order.
 */
public sealed interface DialogAction {

    /**
     * All four trip slots are known and the worker has been asked to confirm them (sent again, with
     * the new values, after every correction). The application creates the conversation's unconfirmed
     * trip request, or replaces it if one exists.
     *
     * @param destinationCode GB/T 2260 code of where the worker travels to (2, 4 or 6 digits): home
     *                        for a trip home, the work city for a return-to-work trip (返岗)
     * @param originCode      GB/T 2260 code of where the worker travels from (a railway station is
     *                        mapped to its city: 广州南站 → 4401)
     * @param travelDate      the day asked for, or the most likely day of the window, in Asia/Shanghai
     * @param earliestDate    first acceptable day of travel, or null when open (e.g. "腊月二十之前")
     * @param latestDate      last acceptable day of travel, or null when open (e.g. "正月十五以后");
     *                        both equal {@code travelDate} for an exact day
     * @param partySize       people travelling, 1..60
     * @param notes           special needs as short Chinese text, e.g. "带小孩、有老人", or null
     */
    record DraftTripRequest(String destinationCode, String originCode, LocalDate travelDate,
                            LocalDate earliestDate, LocalDate latestDate, int partySize, String notes)
            implements DialogAction {
        /** Checks that every required slot is present, the window holds the day and the party is 1..60. */
        public DraftTripRequest {
            Objects.requireNonNull(destinationCode, "destinationCode");
            Objects.requireNonNull(originCode, "originCode");
            Objects.requireNonNull(travelDate, "travelDate");
            if (partySize < 1 || partySize > 60) {
                throw new IllegalArgumentException("party size must be 1..60, was " + partySize);
            }
            if ((earliestDate != null && earliestDate.isAfter(travelDate))
                    || (latestDate != null && latestDate.isBefore(travelDate))) {
                throw new IllegalArgumentException("travel date outside its window");
            }
        }

        /**
         * An exact day with no notes: the window is that day.
         *
         * @param destinationCode GB/T 2260 code of where the worker travels to
         * @param originCode      GB/T 2260 code of where the worker travels from
         * @param travelDate      the day of travel
         * @param partySize       people travelling, 1..60
         */
        public DraftTripRequest(String destinationCode, String originCode, LocalDate travelDate, int partySize) {
            this(destinationCode, originCode, travelDate, travelDate, travelDate, partySize, null);
        }
    }

    /** The worker confirmed the draft trip request (1, 是, 对, 好, 确认, OK, yes). */
    record ConfirmTripRequest() implements DialogAction { }

    /** The worker rejected the draft or restarted; the unconfirmed trip request is to be dropped. */
    record DiscardTripRequestDraft() implements DialogAction { }

    /**
     * A legal-aid intake, emitted once when its questions are done (or the worker said 就这些 / 没了),
     * for legal-aid staff to follow up. Every slot the worker did not give (or answered 不知道) is null.
     *
     * @param text          the worker's first message of this request, at most
     *                      {@link DialogState#MAX_TEXT} characters (the full transcript is in the
     *                      conversation's messages)
     * @param topic         what it is about
     * @param employer      employer or labour contractor (包工头) as the worker named them, ≤ 40 chars, or null
     * @param siteCode      GB/T 2260 code of the work site, or null
     * @param amountFen     amount owed in fen (yuan × 100; 9000 yuan = 900000), or null
     * @param monthsUnpaid  months of unpaid wages, or null
     * @param coWorkersOwed how many other workers are owed too (the worker not counted; 0 = only the
     *                      worker), or null
     * @param evidence      what the worker holds, in enum order; empty when none or not said
     * @param urgent        true when the worker says it is urgent (跑路, 急, 没饭吃, 回不了家 …)
     * @param foreman       the labour contractor (包工头) by the name the worker gave, when the employer
     *                      is a company ("包工头姓王，叫王建国，公司是…" → 王建国), ≤ 40 chars, or null
     * @param wage          the further facts of a wage claim (project, trade, period, end of the job,
     *                      absconded employer, contractor chain); {@link WageFacts#NONE} when none was said
     */
    record RecordLegalIntake(String text, LegalTopic topic, String employer, String siteCode, Long amountFen,
                             Integer monthsUnpaid, Integer coWorkersOwed, List<Evidence> evidence, boolean urgent,
                             String foreman, WageFacts wage)
            implements DialogAction {

        /**
         * An intake without further wage facts.
         *
         * @param text          first message
         * @param topic         topic
         * @param employer      employer or contractor
         * @param siteCode      work site code
         * @param amountFen     amount owed in fen
         * @param monthsUnpaid  months unpaid
         * @param coWorkersOwed other workers owed
         * @param evidence      evidence held
         * @param urgent        urgent
         * @param foreman       the labour contractor's name
         */
        public RecordLegalIntake(String text, LegalTopic topic, String employer, String siteCode, Long amountFen,
                                 Integer monthsUnpaid, Integer coWorkersOwed, List<Evidence> evidence, boolean urgent,
                                 String foreman) {
            this(text, topic, employer, siteCode, amountFen, monthsUnpaid, coWorkersOwed, evidence, urgent, foreman,
                    WageFacts.NONE);
        }

        /**
         * An intake without a foreman's name.
         *
         * @param text          first message
         * @param topic         topic
         * @param employer      employer or contractor
         * @param siteCode      work site code
         * @param amountFen     amount owed in fen
         * @param monthsUnpaid  months unpaid
         * @param coWorkersOwed other workers owed
         * @param evidence      evidence held
         * @param urgent        urgent
         */
        public RecordLegalIntake(String text, LegalTopic topic, String employer, String siteCode, Long amountFen,
                                 Integer monthsUnpaid, Integer coWorkersOwed, List<Evidence> evidence, boolean urgent) {
            this(text, topic, employer, siteCode, amountFen, monthsUnpaid, coWorkersOwed, evidence, urgent, null);
        }

        /** Requires text and topic; copies the evidence list; null wage facts become {@link WageFacts#NONE}. */
        public RecordLegalIntake {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(topic, "topic");
            wage = wage == null ? WageFacts.NONE : wage;
            evidence = List.copyOf(evidence == null ? List.of() : evidence);
        }
    }

    /**
     * A jobs intake, emitted once when its questions are done (or the worker said 就这些), for a job
     * counsellor to follow up. Every slot the worker did not give is null.
     *
     * @param text          the worker's first message of this request, at most {@link DialogState#MAX_TEXT} characters
     * @param want          a job, skills training or start-up advice / a small loan
     * @param trade         the trade, or null
     * @param locationCode  GB/T 2260 code of where the worker wants to work or train, or null
     * @param availableFrom first day the worker can start, in Asia/Shanghai, or null
     */
    record RecordJobIntake(String text, JobWant want, Trade trade, String locationCode, LocalDate availableFrom)
            implements DialogAction {
        /** Requires text and want. */
        public RecordJobIntake {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(want, "want");
        }
    }

    /**
     * The conversation is to wait for a person: the application puts it in the operators' queue with its
     * transcript. Emitted once per hand-off; later messages get a short "a person will answer" reply.
     *
     * @param reason {@link #ASKED} (the worker asked for a person) or {@link #NOT_UNDERSTOOD} (two
     *               consecutive messages the bot could not understand)
     */
    record HandOff(String reason) implements DialogAction {
        /** The worker asked for a person (人工, 转人工, 客服, human, agent, operator). */
        public static final String ASKED = "asked";
        /** Two consecutive messages were not understood. */
        public static final String NOT_UNDERSTOOD = "not-understood";
        /** The message names a danger (injury, violence, hunger, no shelter, despair; core DangerWords). */
        public static final String DANGER = "danger";

        /** Requires the reason. */
        public HandOff {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The worker confirmed (reply 1) a change or cancellation of their trip request (issue 10, point 4).
     * The application makes it through returnhome, which checks the trip's rules again, and answers the
     * worker with returnhome's words (what is now true, or why not) instead of this turn's reply.
     *
     * @param requestId the trip request (returnhome's id)
     * @param change    the change, a relative day already resolved to a date
     */
    record ChangeTripRequest(long requestId, TripChange change) implements DialogAction {
        /** Requires the change. */
        public ChangeTripRequest {
            Objects.requireNonNull(change, "change");
        }
    }

    /**
     * A bare 1/2 (确认/取消, yes/no) answers the worker's open seat offer (issue 11, point 1: the rule is
     * the router's). The application answers the offer through returnhome and sends returnhome's words
     * instead of this turn's reply; the dialog state stays as it was. If returnhome finds no open offer
     * after all, the application reads the message again with a context that says so.
     *
     * @param accept true to take the seat (1), false to decline it (2)
     */
    record AnswerOffer(boolean accept) implements DialogAction { }

    /** The worker opted out of messages (退订, TD, STOP …): send nothing more until {@link OptIn}. */
    record OptOut() implements DialogAction { }

    /** The worker opted back in (订阅, START, UNSTOP). */
    record OptIn() implements DialogAction { }
}
