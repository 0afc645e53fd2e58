package org.warmline.conversation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DirectQuestionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"1", " 1 ", "１", "确认", "確認", "yes", "OK", "好"})
    void acceptanceWordsAcceptAnOffer(String text) {
        assertEquals(Optional.of(true), DirectQuestions.offerAnswer(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "２", "取消", "不去了", "no", "N"})
    void refusalWordsDeclineAnOffer(String text) {
        assertEquals(Optional.of(false), DirectQuestions.offerAnswer(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "1个人", "取消订阅", "我要回家", ""})
    void otherMessagesAreNoOfferAnswer(String text) {
        assertEquals(Optional.empty(), DirectQuestions.offerAnswer(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"我的车几点走", "请问几点发车", "在哪上车？", "我的車幾點走", "When does my bus leave?",
        "where do I board"})
    void questionsAboutTheWorkersOwnTripAreRecognised(String text) {
        assertTrue(DirectQuestions.asksAboutOwnTrip(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"腊月二十二从杭州回安徽六安，2个人", "老板欠我三个月工资", "我要回家"})
    void tripRequestsAreNotQuestionsAboutATrip(String text) {
        assertFalse(DirectQuestions.asksAboutOwnTrip(text));
    }
}
