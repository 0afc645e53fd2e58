package org.warmline.conversation.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * What the dialog router needs to know from the application about one worker, as one value built by
 * the application for each message: the router asks, it never queries. The answers that cost a database
 * read are given as suppliers and read only when the message needs them (a bare 1/2, "我的车几点走").
 *
 * @param toldInChat          true when Warmline tells this worker news in their chat (a chat-only worker):
 *                            a confirmed trip request then says "我们会在这个对话里通知您" instead of an SMS
 * @param desk                what returnhome says about a change of the worker's trip request (read only)
 * @param openSeatOffer       whether the worker has an open seat offer ("回复1确认 2取消")
 * @param noticeSinceLastTurn whether a notice went to the worker after the dialog's last turn: then it is
 *                            the last thing the worker read, and a bare 1/2 answers it
 * @param ownTrip             returnhome's words about the worker's own trip (time, boarding place), if any
 * @param ownCase             where the worker's open legal-aid case stands (legal aid's status), if any:
 *                            "我的案子怎么样了" is answered from it
 */
public record DialogContext(boolean toldInChat, TripChangeDesk desk, BooleanSupplier openSeatOffer,
                            BooleanSupplier noticeSinceLastTurn, Supplier<Optional<String>> ownTrip,
                            Supplier<Optional<CaseProgress>> ownCase) {

    /** A worker told by SMS, with no request to change, no open offer, no notice, no trip and no case. */
    public static final DialogContext NONE = new DialogContext(false, TripChangeDesk.NONE, () -> false, () -> false,
            Optional::empty, Optional::empty);

    /**
     * A context without a legal-aid case.
     *
     * @param toldInChat          whether the worker hears news in the chat
     * @param desk                returnhome's view of a change of the worker's trip request
     * @param openSeatOffer       whether the worker has an open seat offer
     * @param noticeSinceLastTurn whether a notice went out since the last turn
     * @param ownTrip             returnhome's words about the worker's trip
     */
    public DialogContext(boolean toldInChat, TripChangeDesk desk, BooleanSupplier openSeatOffer,
                         BooleanSupplier noticeSinceLastTurn, Supplier<Optional<String>> ownTrip) {
        this(toldInChat, desk, openSeatOffer, noticeSinceLastTurn, ownTrip, Optional::empty);
    }

    /** Checks that no part is null. */
    public DialogContext {
        Objects.requireNonNull(desk, "desk");
        Objects.requireNonNull(openSeatOffer, "openSeatOffer");
        Objects.requireNonNull(noticeSinceLastTurn, "noticeSinceLastTurn");
        Objects.requireNonNull(ownTrip, "ownTrip");
        Objects.requireNonNull(ownCase, "ownCase");
    }

    /** @param inChat whether the worker hears news in the chat @return this context with it */
    public DialogContext withToldInChat(boolean inChat) {
        return new DialogContext(inChat, desk, openSeatOffer, noticeSinceLastTurn, ownTrip, ownCase);
    }

    /** @param changeDesk returnhome's view of a change of the worker's request @return this context with it */
    public DialogContext withDesk(TripChangeDesk changeDesk) {
        return new DialogContext(toldInChat, changeDesk, openSeatOffer, noticeSinceLastTurn, ownTrip, ownCase);
    }

    /** @param open whether the worker has an open seat offer (read when asked) @return this context with it */
    public DialogContext withOpenSeatOffer(BooleanSupplier open) {
        return new DialogContext(toldInChat, desk, open, noticeSinceLastTurn, ownTrip, ownCase);
    }

    /** @param open whether the worker has an open seat offer @return this context with it */
    public DialogContext withOpenSeatOffer(boolean open) {
        return withOpenSeatOffer(() -> open);
    }

    /** @param notice whether a notice went out since the last turn (read when asked) @return this context with it */
    public DialogContext withNoticeSinceLastTurn(BooleanSupplier notice) {
        return new DialogContext(toldInChat, desk, openSeatOffer, notice, ownTrip, ownCase);
    }

    /** @param notice whether a notice went out since the last turn @return this context with it */
    public DialogContext withNoticeSinceLastTurn(boolean notice) {
        return withNoticeSinceLastTurn(() -> notice);
    }

    /** @param trip returnhome's words about the worker's trip (read when asked) @return this context with it */
    public DialogContext withOwnTrip(Supplier<Optional<String>> trip) {
        return new DialogContext(toldInChat, desk, openSeatOffer, noticeSinceLastTurn, trip, ownCase);
    }

    /** @param status legal aid's status of the worker's case (read when asked) @return this context with it */
    public DialogContext withOwnCase(Supplier<Optional<CaseProgress>> status) {
        return new DialogContext(toldInChat, desk, openSeatOffer, noticeSinceLastTurn, ownTrip, status);
    }
}
