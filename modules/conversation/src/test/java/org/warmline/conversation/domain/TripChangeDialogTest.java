package org.warmline.conversation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warmline.conversation.domain.DialogState.Step;

/**
 * The change/cancel step of the dialog (issue 10, point 4) with a desk standing in for returnhome: what the
 * worker's words become, the 1/2 confirmation, refusals told in words, and nothing changed before the 1.
 */
class TripChangeDialogTest {

    private final DialogRouter engine = Fixtures.engine();
    private final List<TripChange> asked = new ArrayList<>();

    /** A worker with request 42: every change is allowed and echoed. */
    private final TripChangeDesk allows = (change, language) -> {
        asked.add(change);
        return new TripChangeDesk.Answer(TripChangeDesk.Outcome.CONFIRM, 42, change, "REQUEST-42 " + change.kind());
    };

    private TripChange read(String text) {
        asked.clear();
        DialogTurn turn = engine.handle(DialogState.initial(), text, DialogContext.NONE.withDesk(allows));
        assertEquals(Step.CONFIRM_CHANGE, turn.next().step(), text + " -> " + turn.reply());
        assertTrue(turn.actions().isEmpty(), "nothing changes before the worker's 1");
        return turn.next().pending().change();
    }

    @Test
    void partySizeDateShiftDestinationAndCancelAreRead() {
        assertEquals(5, read("改成5个人").partySize());
        assertEquals(3, read("我们变成3个人了").partySize());
        assertEquals(4, read("change to 4 people").partySize());
        assertEquals(LocalDate.of(2027, 2, 4), read("改到腊月二十八").travelDate());
        assertEquals(LocalDate.of(2027, 1, 30), read("change the date to Jan 30").travelDate());
        TripChange later = read("晚两天走");
        assertEquals(2, later.shiftDays());
        assertNull(later.travelDate());
        assertEquals(-1, read("提前一天走").shiftDays());
        assertEquals("4304", read("改成回衡阳").destinationCode());
        for (String cancel : List.of("不回了，取消", "取消返乡", "cancel my trip")) {
            assertEquals(TripChange.Kind.CANCEL, read(cancel).kind(), cancel);
        }
    }

    @Test
    void theQuestionCarriesReturnhomesWordsAndOneMakesTheChangeTwoKeepsIt() {
        DialogTurn asking = engine.handle(DialogState.initial(), "改成5个人", DialogContext.NONE.withDesk(allows));
        assertEquals("REQUEST-42 PARTY_SIZE回复1确认，2不改", asking.reply());
        DialogState pending = DialogState.decode(asking.next().encode());
        assertEquals(asking.next(), pending);
        DialogTurn yes = engine.handle(pending, "1", DialogContext.NONE.withDesk(allows));
        assertEquals(List.of(new DialogAction.ChangeTripRequest(42, asking.next().pending().change())), yes.actions());
        assertEquals(Step.IDLE, yes.next().step());
        assertNull(yes.next().pending());
        DialogTurn no = engine.handle(pending, "2", DialogContext.NONE.withDesk(allows));
        assertTrue(no.actions().isEmpty());
        assertEquals(Messages.format("zh", "change.kept"), no.reply());
        assertEquals(Step.IDLE, no.next().step());
    }

    @Test
    void aRefusalIsToldInWordsAndAsksNothing() {
        TripChangeDesk refuses = (change, language) -> new TripChangeDesk.Answer(TripChangeDesk.Outcome.REFUSED, 42,
                change, "离发车已不到12小时");
        DialogTurn turn = engine.handle(DialogState.initial(), "不回了，取消", DialogContext.NONE.withDesk(refuses));
        assertEquals("离发车已不到12小时", turn.reply());
        assertEquals(Step.IDLE, turn.next().step());
        assertTrue(turn.actions().isEmpty());
    }

    @Test
    void withoutARequestACancelSaysSoAndAChangeIsReadAsANewRequest() {
        assertEquals(Messages.format("zh", "change.none"),
                engine.handle(DialogState.initial(), "取消返乡", DialogContext.NONE.withDesk(TripChangeDesk.NONE)).reply());
        DialogTurn fresh = engine.handle(DialogState.initial(), "改到腊月二十八回周口", DialogContext.NONE.withDesk(TripChangeDesk.NONE));
        assertEquals(DialogState.Service.TRIP, fresh.next().service());
        assertEquals(LocalDate.of(2027, 2, 4), fresh.next().travelDate());
    }

    @Test
    void aLunarDayThatDoesNotExistOrAnImpossiblePartyIsAskedAgainWithoutTheDesk() {
        DialogTurn missing = engine.handle(DialogState.initial(), "改到腊月三十", DialogContext.NONE.withDesk(allows));
        assertTrue(missing.reply().contains("腊月"), missing.reply());
        assertEquals(Step.IDLE, missing.next().step());
        DialogTurn tooMany = engine.handle(DialogState.initial(), "改成99个人", DialogContext.NONE.withDesk(allows));
        assertEquals(Messages.format("zh", "change.party-range"), tooMany.reply());
        assertTrue(asked.isEmpty(), "the desk is not asked about impossible values");
    }

    @Test
    void wageTalkAndAnIntakeInProgressAreNotTripChanges() {
        DialogTurn wages = engine.handle(DialogState.initial(), "老板说工资推迟到腊月二十发", DialogContext.NONE.withDesk(allows));
        assertTrue(wages.next().step() != Step.CONFIRM_CHANGE);
        DialogTurn draft = engine.handle(DialogState.initial(), "腊月二十二从杭州回安徽六安，2个人", DialogContext.NONE.withDesk(allows));
        DialogTurn correction = engine.handle(draft.next(), "改成3个人", DialogContext.NONE.withDesk(allows));
        assertEquals(Step.CONFIRM, correction.next().step());
        assertEquals(3, correction.next().partySize());
    }
}
