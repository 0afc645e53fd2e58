package org.warmline.conversation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.warmline.conversation.domain.DialogState.Step;

/** Answers to intake questions that carry no slot value but still answer the question. */
class IntakeAnswersTest {

    private final DialogRouter engine = Fixtures.engine();

    /** Plays the legal intake up to the evidence question. */
    private DialogState atEvidenceQuestion() {
        DialogState s = DialogState.initial();
        for (String message : List.of("我在东莞工地干活，包工头老王欠我三个月工资9000块", "没有")) {
            s = engine.handle(s, message).next();
            if (s.step() == Step.ASK_EVIDENCE) {
                return s;
            }
        }
        throw new AssertionError("never asked for evidence: " + s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"什么都没有", "啥都没有", "都没有", "没啥", "nothing"})
    void sayingThereIsNoEvidenceRecordsTheIntakeInsteadOfAskingAgain(String answer) {
        DialogTurn turn = engine.handle(atEvidenceQuestion(), answer);

        assertEquals(Step.IDLE, turn.next().step(), turn::toString);
        assertEquals(0, turn.next().misses(), turn::toString);
        assertInstanceOf(DialogAction.RecordLegalIntake.class, turn.actions().get(0), turn::toString);
    }
}
