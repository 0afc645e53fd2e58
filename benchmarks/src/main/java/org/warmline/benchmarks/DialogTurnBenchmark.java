package org.warmline.benchmarks;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.warmline.conversation.domain.DialogRouter;
import org.warmline.conversation.domain.DialogState;
import org.warmline.conversation.domain.DialogTurn;
import org.warmline.core.domain.calendar.ChineseDateParser;
import org.warmline.core.domain.place.Gazetteer;

/**
 * One dialog turn without I/O: a worker message is read (width folding, Traditional → Simplified,
 * places, dates, numbers, intents), the state is updated and encoded as the application stores it.
 * The engine is built once and reused; the messages cycle through a realistic mix of first messages
 * and answers in the middle of a conversation, in Chinese (Simplified and Traditional) and English.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DialogTurnBenchmark {

    /** A stored state and the next message of the worker. */
    record Step(DialogState state, String text) {
    }

    private DialogRouter engine;
    private Step[] steps;
    private int next;

    /** Builds the engine (gazetteer and station list loaded once) and the message mix. */
    @Setup
    public void setUp() {
        Clock clock = Clock.fixed(LocalDateTime.of(2026, 12, 1, 0, 0).atZone(ChineseDateParser.ZONE).toInstant(),
                ChineseDateParser.ZONE);
        engine = new DialogRouter(Gazetteer.load(), clock);
        DialogState idle = DialogState.initial();
        DialogState askDate = engine.handle(idle, "我要回安徽六安").next();
        DialogState askParty = engine.handle(askDate, "腊月二十二").next();
        DialogState confirm = engine.handle(idle, "腊月二十二从杭州回安徽六安，2个人").next();
        DialogState legal = engine.handle(idle, "老板欠我工资").next();
        DialogState job = engine.handle(idle, "想找工作").next();
        List<Step> mix = List.of(
                new Step(idle, "我们仨想正月初六回深圳上班，老家在湖南衡阳"),
                new Step(idle, "能帮我买两张1月25号回重庆万州的票吗，我在成都"),
                new Step(idle, "老板拖欠工资两个月，大概九千块，在东莞"),
                new Step(idle, "想学电焊"),
                new Step(idle, "干装修的 想找活 在广州附近"),
                new Step(idle, "I want to go home to Hengyang, Hunan on Jan 25, just me. I'm in Guangzhou."),
                new Step(idle, "臘月二十八回重慶萬州，兩個人"),
                new Step(askDate, "腊月二十二"),
                new Step(askParty, "3"),
                new Step(confirm, "对"),
                new Step(confirm, "不对，是3个人"),
                new Step(legal, "包工头老王"),
                new Step(job, "电工"),
                new Step(idle, "人工"),
                new Step(idle, "退订"),
                new Step(idle, "😀😀"));
        steps = mix.toArray(new Step[0]);
    }

    /**
     * @return the encoded next state (returned so that the JIT cannot drop the work)
     */
    @Benchmark
    public String turn() {
        Step s = steps[next];
        next = (next + 1) % steps.length;
        DialogTurn turn = engine.handle(s.state(), s.text());
        return turn.next().encode();
    }
}
