package org.warmline.conversation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warmline.conversation.domain.DialogState.Service;
import org.warmline.conversation.domain.DialogState.Step;
import org.warmline.conversation.domain.ServiceDialog.Outcome;

/**
 * The router's table: a fourth service dialog is added by a row in the table alone (issue 11, point 1),
 * and the table decides menu numbers and the order of services asked for in one message.
 */
class DialogRouterTableTest {

    /** A service only this test knows: course sign-ups (报名课程), one message and done. */
    static final Service COURSE = new Service("COURSE");

    /**
     * A test-only fourth dialog: "报名电焊课" signs the worker up at once (recorded as a training request,
     * the nearest action there is), with no question of its own.
     */
    static final class CourseDialog implements ServiceDialog {
        final List<String> started = new ArrayList<>();

        @Override public Service service() { return COURSE; }
        @Override public boolean asks(Step step) { return false; }
        @Override public Step describeStep() { return null; }
        @Override public WhenAnotherAsked whenAnotherAsked() { return WhenAnotherAsked.FINISH; }
        @Override public int askedAt(String folded) { return folded.indexOf("报名"); }
        @Override public boolean hintedAt(String folded) { return false; }
        @Override public boolean isWholeRequest(Incoming m) { return false; }
        @Override public Outcome chosen(DialogState s, String lang) { return next(s, lang); }
        @Override public Outcome answer(DialogState s, Incoming m) { return new Outcome.NotUnderstood(null, true); }
        @Override public Outcome.Reply again(DialogState before, DialogState next, String lang) { return null; }
        @Override public DialogState cleared(DialogState s) { return s; }

        @Override
        public Outcome.Filled start(DialogState s, Incoming m) {
            started.add(m.raw());
            return new Outcome.Filled(s, null);
        }

        @Override
        public Outcome next(DialogState s, String lang) {
            return new Outcome.Done(s, "job.recorded", new DialogAction.RecordJobIntake("course sign-up",
                    JobWant.TRAINING, Trade.WELDER, null, null));
        }
    }

    private final CourseDialog course = new CourseDialog();

    /** The standard table plus the course dialog as row 4: nothing else changes. */
    private final DialogRouter four = new DialogRouter(Fixtures.readers(), DialogRouter.DEFAULT_HOTLINE, (r, p) -> {
        List<ServiceDialog> table = new ArrayList<>(DialogRouter.standardTable(r, p));
        table.add(course);
        return table;
    });

    private final DialogRouter standard = Fixtures.engine();

    @Test
    void aFourthDialogInTheTableIsRoutedToByWhatTheWorkerAsks() {
        DialogTurn turn = four.handle(DialogState.initial(), "我想报名电焊课");

        assertEquals(List.of("我想报名电焊课"), course.started);
        assertEquals(List.of(new DialogAction.RecordJobIntake("course sign-up", JobWant.TRAINING, Trade.WELDER,
                null, null)), turn.actions());
        assertEquals(Step.IDLE, turn.next().step());
        assertEquals(null, turn.next().service(), "the course is done in one message");
    }

    @Test
    void aFourthDialogIsMenuChoiceFourAndTheStandardMenuHasNoFour() {
        DialogTurn four = this.four.handle(DialogState.initial(), "4");
        assertInstanceOf(DialogAction.RecordJobIntake.class, four.actions().get(0));

        DialogTurn three = standard.handle(DialogState.initial(), "4");
        assertTrue(three.actions().isEmpty(), "no fourth service in the standard table: " + three.actions());
    }

    @Test
    void twoServicesInOneMessageGoInTheOrderTheWorkerNamesThemAcrossTheTable() {
        DialogTurn turn = four.handle(DialogState.initial(), "我想报名电焊课，还有老板欠我三个月工资");

        assertInstanceOf(DialogAction.RecordJobIntake.class, turn.actions().get(0), "the course first");
        assertEquals(Service.LEGAL, turn.next().service(), "then the legal intake, started by the router");
        assertTrue(turn.reply().startsWith(Messages.format("zh", "job.recorded.next", "").strip()), turn.reply());
    }

    @Test
    void theOtherDialogsAnswerExactlyAsWithoutTheFourthRow() {
        for (String[] talk : List.of(
                new String[] {"腊月二十二从杭州回安徽六安，2个人", "1"},
                new String[] {"老板欠我工资", "包工头老王", "东莞", "就这些"},
                new String[] {"想找工作", "电工", "哪里都行"},
                new String[] {"2", "公司不给赔偿"},
                new String[] {"火星", "火星"})) {
            DialogState a = DialogState.initial();
            DialogState b = DialogState.initial();
            for (String text : talk) {
                DialogTurn with = four.handle(a, text);
                DialogTurn without = standard.handle(b, text);
                assertEquals(without, with, text);
                a = with.next();
                b = without.next();
            }
        }
        assertTrue(course.started.isEmpty());
    }

    @Test
    void aTableWithTwoDialogsForOneServiceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DialogRouter(Fixtures.readers(), "12351",
                (r, p) -> List.of(new TripDialog(r, p), new TripDialog(r, p))));
    }

    @Test
    void aQueuedFourthServiceSurvivesTheStoredState() {
        DialogTurn turn = four.handle(DialogState.initial(), "老板欠我工资，还想报名电焊课");
        assertEquals(List.of(COURSE), turn.next().queue());
        assertEquals(turn.next(), DialogState.decode(turn.next().encode()));
    }
}
