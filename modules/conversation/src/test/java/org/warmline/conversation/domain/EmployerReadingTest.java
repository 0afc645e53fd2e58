package org.warmline.conversation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An employer answer is the employer (issue 10, point 7): when a worker names both the labour
 * contractor and the company, the employer is the company and the contractor's name is kept in the
 * foreman slot; a contractor alone stays the employer as before.
 */
class EmployerReadingTest {

    private static final String ANSWER = "包工头姓王，叫王建国，公司是东莞市宏达建筑工程有限公司";

    private final DialogRouter engine = Fixtures.engine();

    @Test
    void companyIsTheEmployerAndTheContractorsFullNameIsTheForeman() {
        assertEquals(Optional.of("东莞市宏达建筑工程有限公司"), IntakeReader.employer(ANSWER));
        assertEquals(Optional.of("王建国"), IntakeReader.foreman(ANSWER));
    }

    @Test
    void aContractorAloneIsStillTheEmployerAndTheForeman() {
        assertEquals(Optional.of("包工头老王"), IntakeReader.employer("包工头老王欠我1.5万，已经半年了"));
        assertEquals(Optional.of("老王"), IntakeReader.foreman("包工头老王欠我1.5万，已经半年了"));
        assertEquals(Optional.of("包工头姓李"), IntakeReader.employer("在苏州工地干活 包工头姓李 欠了三万"));
        assertEquals(Optional.of("张三"), IntakeReader.foreman("工头叫张三，公司不知道"));
        assertEquals(Optional.empty(), IntakeReader.foreman("在鑫达建筑公司干活，欠了四个月工资"));
    }

    @Test
    void theAnswerToTheEmployerQuestionFillsEmployerAndForeman() {
        DialogState s = engine.handle(DialogState.initial(), "老板拖欠工资两个月，大概九千块，在东莞").next();
        for (int i = 0; i < 8 && s.step() != DialogState.Step.ASK_EMPLOYER; i++) {
            s = engine.handle(s, "不知道").next();
        }
        assertEquals(DialogState.Step.ASK_EMPLOYER, s.step(), "the dialog asks who the employer is");
        DialogState after = engine.handle(s, ANSWER).next();
        assertEquals("东莞市宏达建筑工程有限公司", after.legal().employer());
        assertEquals("王建国", after.legal().foreman());
        assertEquals(after.legal(), DialogState.decode(after.encode()).legal(), "both survive the stored state");
    }

    @Test
    void aFirstMessageNamingBothRecordsTheCompany() {
        DialogState s = engine.handle(DialogState.initial(), ANSWER + "，欠了我三个月工资").next();
        assertEquals("东莞市宏达建筑工程有限公司", s.legal().employer());
        assertEquals("王建国", s.legal().foreman());
    }
}
