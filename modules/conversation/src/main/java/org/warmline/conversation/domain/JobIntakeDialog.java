package org.warmline.conversation.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.warmline.conversation.domain.DialogState.JobSlots;
import org.warmline.conversation.domain.DialogState.Service;
import org.warmline.conversation.domain.DialogState.Step;
import org.warmline.core.domain.place.PlaceMention;
import org.warmline.core.domain.place.PlaceResolution;

/**
 * The jobs intake: what the worker wants (a job, training or start-up help), then the trade, where,
 * and from when they can start (a job); trade and where (training); where (a start-up). Ends by
 * registering a job seeker ({@link DialogAction.RecordJobIntake}).
 */
final class JobIntakeDialog extends IntakeDialog<JobSlots> {

    private static final Pattern NOW = Pattern.compile("随时|马上|现在|立刻|立即|今天就|明天就|(?i:anytime|any time|right now|immediately|asap)");
    private static final Pattern ANYWHERE = Pattern.compile("哪里都行|哪都行|都行|随便|无所谓|都可以|(?i:anywhere)");

    /**
     * @param readers the shared readers
     * @param replies the reply composer
     */
    JobIntakeDialog(DialogReaders readers, Replies replies) {
        super(readers, replies, new Spec<>(Service.JOB, EnumSet.of(Step.ASK_WANT, Step.ASK_TRADE, Step.ASK_LOCATION,
                Step.PICK_LOCATION, Step.ASK_AVAILABLE), Step.DESCRIBE_JOB, "job.ask", "job.recorded", DialogState::job,
                DialogState::withJob, JobSlots.EMPTY, Map.of(Step.ASK_WANT, JobSlots::want, Step.ASK_TRADE,
                JobSlots::trade, Step.ASK_LOCATION, JobSlots::locationCode, Step.ASK_AVAILABLE, JobSlots::availableFrom)));
    }

    @Override
    public int askedAt(String folded) {
        return IntakeReader.jobAt(folded);
    }

    /** Weak job words (上班, 干活) or a trade alone ("我是电工"): a job only when nothing else is asked clearly. */
    @Override
    public boolean hintedAt(String folded) {
        return IntakeReader.jobWeak(folded);
    }

    @Override
    JobSlots fresh(String raw) {
        return new JobSlots(raw, null, null, null, null);
    }

    @Override
    JobSlots picked(JobSlots j, String code) {
        return new JobSlots(j.text(), j.want(), j.trade(), code, j.availableFrom());
    }

    @Override
    List<Step> order(JobSlots j) {
        if (j.want() == null) {
            return List.of(Step.ASK_WANT);
        }
        return switch (j.want()) {
            case JOB -> List.of(Step.ASK_TRADE, Step.ASK_LOCATION, Step.ASK_AVAILABLE);
            case TRAINING -> List.of(Step.ASK_TRADE, Step.ASK_LOCATION);
            case STARTUP -> List.of(Step.ASK_LOCATION);
        };
    }

    @Override
    String questionKey(JobSlots j, Step step) {
        return step == Step.ASK_TRADE && j.want() == JobWant.TRAINING ? "ask.trade.training"
                : step == Step.ASK_LOCATION && j.want() == JobWant.STARTUP ? "ask.location.startup"
                : Replies.questionKey(step);
    }

    @Override
    DialogAction record(JobSlots j) {
        return new DialogAction.RecordJobIntake(j.text() == null ? "" : j.text(),
                j.want() == null ? JobWant.JOB : j.want(), j.trade(), j.locationCode(), j.availableFrom());
    }

    @Override
    boolean emptyAnswer(Step asked, Incoming m) {
        return asked == Step.ASK_LOCATION && ANYWHERE.matcher(m.folded()).find();
    }

    @Override
    Read<JobSlots> fill(JobSlots j, Incoming m, Step asked) {
        String t = m.folded();
        JobWant want = j.want();
        JobWant saidWant = IntakeReader.want(t);
        if (asked == Step.ASK_WANT && saidWant == null) {
            Optional<Integer> n = Texts.number(m.bare());
            if (n.isPresent() && n.get() >= 1 && n.get() <= 3) saidWant = JobWant.values()[n.get() - 1];
            else if (Intents.skip(m.bare())) saidWant = JobWant.JOB;
        }
        if (saidWant != null && (want == null || asked == Step.ASK_WANT || saidWant != JobWant.JOB)) want = saidWant;
        Trade saidTrade = IntakeReader.trade(t);
        Trade trade = saidTrade != null ? saidTrade : j.trade();
        if (want == null && trade != null && asked == Step.IDLE) want = JobWant.JOB;

        String location = j.locationCode();
        Problem problem = null;
        PlaceMention place = readers.placeSaid(t, readers.findPlaces(t), asked == Step.ASK_LOCATION, "在|去|到");
        if (place != null) {
            if (place.resolution() instanceof PlaceResolution.Found found) {
                location = found.place().code();
            } else if (place.resolution() instanceof PlaceResolution.Ambiguous a) {
                problem = DialogReaders.options(Step.PICK_LOCATION, place.text(), a);
            }
        }
        LocalDate from = j.availableFrom();
        Optional<DateReader.Found> date = readers.dates().find(t);
        if (date.isPresent() && date.get().day() != null) {
            from = date.get().day();
        } else if (NOW.matcher(t).find()) {
            from = readers.dates().today();
        }
        return new Read<>(new JobSlots(j.text(), want, trade, location, from), problem);
    }
}
