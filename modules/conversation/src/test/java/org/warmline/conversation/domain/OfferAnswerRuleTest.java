package org.warmline.conversation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.warmline.conversation.domain.DialogState.Service;
import org.warmline.conversation.domain.DialogState.Step;
import org.warmline.conversation.domain.DialogState.TripSlots;

/**
 * The router's answers from the application's data, decided from a {@link DialogContext} without a
 * database: a bare 1/2 answers an open seat offer only while the dialog does not wait for an answer of
 * its own, unless a notice went out since the dialog's last turn; "我的车几点走" gets returnhome's words.
 */
class OfferAnswerRuleTest {

    private final DialogRouter router = Fixtures.engine();

    private static final DialogContext OFFER = DialogContext.NONE.withOpenSeatOffer(true);

    private static DialogState askingParty() {
        return DialogState.initial().withService(Service.TRIP).withStep(Step.ASK_PARTY)
                .withTrip(new TripSlots("3415", null, LocalDate.of(2027, 1, 29), null, null, null, null));
    }

    @Test
    void oneOrTwoInAnIdleConversationAnswersTheOpenOfferAndKeepsTheState() {
        DialogState idle = DialogState.initial();
        DialogTurn yes = router.handle(idle, "1", OFFER);
        assertEquals(List.of(new DialogAction.AnswerOffer(true)), yes.actions());
        assertTrue(yes.stateKept());
        assertEquals(idle, yes.next());

        assertEquals(List.of(new DialogAction.AnswerOffer(false)), router.handle(idle, "取消", OFFER).actions());
        assertEquals(List.of(new DialogAction.AnswerOffer(true)), router.handle(idle, "ok", OFFER).actions());
    }

    @Test
    void withoutAnOpenOfferOneIsTheMenuChoice() {
        DialogTurn turn = router.handle(DialogState.initial(), "1", DialogContext.NONE);
        assertFalse(turn.stateKept());
        assertEquals(Step.ASK_DESTINATION, turn.next().step());
    }

    @Test
    void twoToHowManyPeopleBelongsToTheDialogWhenNoNoticeCameSince() {
        DialogTurn turn = router.handle(askingParty(), "2", OFFER.withNoticeSinceLastTurn(false));
        assertFalse(turn.stateKept());
        assertEquals(2, turn.next().trip().partySize());
        assertTrue(turn.actions().stream().noneMatch(a -> a instanceof DialogAction.AnswerOffer));
    }

    @Test
    void twoAfterANoticeSentSinceTheLastTurnAnswersTheOfferEvenWhileTheDialogAsks() {
        DialogTurn turn = router.handle(askingParty(), "2", OFFER.withNoticeSinceLastTurn(true));
        assertEquals(List.of(new DialogAction.AnswerOffer(false)), turn.actions());
        assertEquals(askingParty(), turn.next());
    }

    @Test
    void twoToTheTripConfirmationChangesTheDraftNotTheSeat() {
        DialogState confirming = askingParty().withTrip(new TripSlots("3415", "3301", LocalDate.of(2027, 1, 29), null,
                null, 2, null)).withStep(Step.CONFIRM);
        DialogTurn turn = router.handle(confirming, "2", OFFER);
        assertEquals(Messages.format("zh", "confirm.change"), turn.reply());
        assertTrue(turn.actions().isEmpty());
    }

    @Test
    void aHandedOffConversationWaitsForNoAnswerOfItsOwn() {
        DialogState handedOff = askingParty().withHandedOff(true);
        assertEquals(List.of(new DialogAction.AnswerOffer(true)), router.handle(handedOff, "1", OFFER).actions());
    }

    @Test
    void theContextIsReadOnlyWhenTheMessageNeedsIt() {
        DialogContext failing = DialogContext.NONE
                .withOpenSeatOffer(() -> { throw new AssertionError("offer read for a message that is no 1/2"); })
                .withNoticeSinceLastTurn(() -> { throw new AssertionError("notices read"); })
                .withOwnTrip(() -> { throw new AssertionError("trip read for a message not about it"); });
        assertEquals(Step.ASK_DATE, router.handle(DialogState.initial(), "我要回安徽六安", failing).next().step());

        DialogContext noNotices = DialogContext.NONE.withOpenSeatOffer(true)
                .withNoticeSinceLastTurn(() -> { throw new AssertionError("notices read in an idle conversation"); });
        assertTrue(router.handle(DialogState.initial(), "1", noNotices).stateKept());
    }

    @Test
    void aQuestionAboutTheWorkersOwnTripIsAnsweredWithReturnhomesWords() {
        String words = "您的车：1月29日 8:00 杭州东站北广场上车。";
        DialogTurn turn = router.handle(askingParty(), "我的车几点走？", DialogContext.NONE.withOwnTrip(() -> Optional.of(words)));
        assertEquals(words, turn.reply());
        assertTrue(turn.stateKept());
        assertEquals(askingParty(), turn.next());

        DialogTurn noTrip = router.handle(DialogState.initial(), "我的车几点走？", DialogContext.NONE);
        assertFalse(noTrip.stateKept(), "without a trip the dialog answers");
    }
}
