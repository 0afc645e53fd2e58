package org.warmline.conversation.domain;

import org.warmline.conversation.api.Channel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, item 2: a message naming a danger gets the safety advice with the hotline wherever the
 * conversation stands, keeps what the bot understood for the operator's draft, and is not repeated
 * within the configured time; and item 3's truthful confirmation for a worker told in the chat.
 */
class SafetyAdviceTest {

    private final DialogRouter engine = new DialogRouter(Fixtures.gazetteer(), Fixtures.CLOCK, "12351");

    @Test
    void theAdviceGivesTheEmergencyNumbersAndTheConfiguredHotline() {
        DialogTurn turn = engine.handle(null, "腿受伤了");
        assertTrue(turn.safetyAdvice());
        assertTrue(turn.reply().contains("110") && turn.reply().contains("120") && turn.reply().contains("职工服务热线12351"),
                turn.reply());
        DialogTurn other = new DialogRouter(Fixtures.gazetteer(), Fixtures.CLOCK, "0755-12351").handle(null, "I got injured");
        assertTrue(other.reply().contains("hotline: 0755-12351"), other.reply());
    }

    @Test
    void aHandedOffConversationGetsTheAdviceTooButNoSecondHandOff() {
        DialogState handedOff = engine.handle(null, "转人工").next();
        assertTrue(handedOff.handedOff());
        DialogTurn turn = engine.handle(handedOff, "被老板打了，现在没钱吃饭也没地方住");
        assertTrue(turn.safetyAdvice());
        assertTrue(turn.reply().contains("12351"), turn.reply());
        assertTrue(turn.actions().stream().noneMatch(a -> a instanceof DialogAction.HandOff), turn.actions().toString());
        assertFalse(engine.handle(handedOff, "我没受伤，想回家").safetyAdvice(), "a denied danger is no danger");
    }

    @Test
    void theDangerMessageMakesTheLegalSlotsUrgentWithThePlaceItNamesWhateverTheBotAsked() {
        DialogState asking = engine.handle(null, "我要回家").next();
        assertEquals(DialogState.Step.ASK_DESTINATION, asking.step());
        DialogTurn turn = engine.handle(asking, "我在东莞厚街，腿受伤了");
        assertTrue(turn.next().legal().urgent());
        assertEquals("4419", turn.next().legal().siteCode());
        assertTrue(turn.next().handedOff());
        assertTrue(engine.handle(null, "被老板打了，现在没钱吃饭也没地方住").next().legal().urgent());
    }

    @Test
    void aDangerMessageIsNotTakenAsTheEmployerTheBotAskedFor() {
        DialogState askingEmployer = engine.handle(null, "老板欠我工资").next();
        assertEquals(DialogState.Step.ASK_EMPLOYER, askingEmployer.step());
        DialogTurn turn = engine.handle(askingEmployer, "我在东莞厚街，腿受伤了");
        assertNull(turn.next().legal().employer());
        assertEquals("4419", turn.next().legal().siteCode());
    }

    @Test
    void aConfirmedRequestPromisesTheChatToAWorkerToldInTheChatAndAnSmsOtherwise() {
        DialogState asked = engine.handle(null, "腊月二十二从杭州回安徽六安，2个人").next();
        String inChat = engine.handle(asked, "对", DialogContext.NONE.withToldInChat(true)).reply();
        assertTrue(inChat.contains("我们会在这个对话里通知您") && !inChat.contains("短信"), inChat);
        String bySms = engine.handle(asked, "对", DialogContext.NONE.withToldInChat(false)).reply();
        assertTrue(bySms.contains("短信通知您"), bySms);
    }

    @Test
    void theAdviceIsDueAgainOnlyAfterTheRepeatTime() {
        Instant now = Instant.parse("2026-12-07T02:00:00Z");
        Conversation c = new Conversation(1, Channel.SMS, "zh", now);
        assertTrue(c.safetyAdviceDue(now, Duration.ofMinutes(10)));
        c.safetyAdviceGiven(now);
        assertFalse(c.safetyAdviceDue(now.plusSeconds(599), Duration.ofMinutes(10)));
        assertTrue(c.safetyAdviceDue(now.plusSeconds(600), Duration.ofMinutes(10)));
    }
}
