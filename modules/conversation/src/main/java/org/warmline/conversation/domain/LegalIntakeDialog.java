package org.warmline.conversation.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.warmline.conversation.domain.DialogState.LegalSlots;
import org.warmline.conversation.domain.DialogState.Service;
import org.warmline.conversation.domain.DialogState.Step;
import org.warmline.core.domain.place.PlaceMention;
import org.warmline.core.domain.place.PlaceResolution;
import org.warmline.core.domain.text.DangerWords;

/**
 * The legal-aid intake: topic, then — each asked only when missing — employer (or labour contractor),
 * work site, amount owed, months unpaid, co-workers owed and evidence for wage arrears; employer, site
 * and evidence for an injury or a contract; employer and site otherwise. Ends by recording a
 * consultation ({@link DialogAction.RecordLegalIntake}).
 */
final class LegalIntakeDialog extends IntakeDialog<LegalSlots> {

    private static final List<Step> WAGE_QUESTIONS = List.of(Step.ASK_EMPLOYER, Step.ASK_SITE, Step.ASK_AMOUNT,
            Step.ASK_MONTHS, Step.ASK_COWORKERS, Step.ASK_EVIDENCE);
    private static final List<Step> CASE_QUESTIONS = List.of(Step.ASK_EMPLOYER, Step.ASK_SITE, Step.ASK_EVIDENCE);
    private static final List<Step> OTHER_QUESTIONS = List.of(Step.ASK_EMPLOYER, Step.ASK_SITE);

    /**
     * @param readers the shared readers
     * @param replies the reply composer
     */
    LegalIntakeDialog(DialogReaders readers, Replies replies) {
        super(readers, replies, new Spec<>(Service.LEGAL, EnumSet.of(Step.ASK_TOPIC, Step.ASK_EMPLOYER, Step.ASK_SITE,
                Step.PICK_SITE, Step.ASK_AMOUNT, Step.ASK_MONTHS, Step.ASK_COWORKERS, Step.ASK_EVIDENCE),
                Step.DESCRIBE_LEGAL, "legal.ask", "legal.recorded", DialogState::legal, DialogState::withLegal,
                LegalSlots.EMPTY, Map.of(Step.ASK_TOPIC, LegalSlots::topic, Step.ASK_EMPLOYER, LegalSlots::employer,
                Step.ASK_SITE, LegalSlots::siteCode, Step.ASK_AMOUNT, LegalSlots::amountFen, Step.ASK_MONTHS,
                LegalSlots::monthsUnpaid, Step.ASK_COWORKERS, LegalSlots::coWorkersOwed, Step.ASK_EVIDENCE,
                LegalSlots::evidence)));
    }

    @Override
    public int askedAt(String folded) {
        return IntakeReader.legal(folded) ? Math.max(0, IntakeReader.legalAt(folded)) : -1;
    }

    /**
     * A message naming a danger makes the legal slots urgent and takes the first place it names as the
     * site if none is known ("我在东莞厚街，腿受伤了" → 东莞), so the operator's escalation form is pre-filled.
     */
    @Override
    public DialogState dangerNoted(DialogState s, Incoming m) {
        LegalSlots l = s.legal();
        String site = l.siteCode();
        if (site == null) {
            site = readers.findPlaces(m.folded()).stream()
                    .filter(p -> p.resolution() instanceof PlaceResolution.Found)
                    .map(p -> ((PlaceResolution.Found) p.resolution()).place().code())
                    .findFirst().orElse(null);
        }
        LegalTopic topic = l.topic() != null ? l.topic() : IntakeReader.topic(m.folded());
        return s.withLegal(new LegalSlots(l.text(), topic, l.employer(), site, l.amountFen(), l.monthsUnpaid(),
                l.coWorkersOwed(), l.evidence(), true, l.foreman(), l.wage()));
    }

    @Override
    LegalSlots fresh(String raw) {
        return new LegalSlots(raw, null, null, null, null, null, null, Set.of(), false);
    }

    @Override
    LegalSlots picked(LegalSlots l, String code) {
        return new LegalSlots(l.text(), l.topic(), l.employer(), code, l.amountFen(), l.monthsUnpaid(),
                l.coWorkersOwed(), l.evidence(), l.urgent(), l.foreman(), l.wage());
    }

    @Override
    List<Step> order(LegalSlots l) {
        if (l.topic() == null) {
            return List.of(Step.ASK_TOPIC);
        }
        return switch (l.topic()) {
            case WAGE_ARREARS -> WAGE_QUESTIONS;
            case WORK_INJURY, LABOUR_CONTRACT -> CASE_QUESTIONS;
            case OTHER -> OTHER_QUESTIONS;
        };
    }

    @Override
    DialogAction record(LegalSlots l) {
        LegalTopic topic = l.topic() == null ? LegalTopic.OTHER : l.topic();
        return new DialogAction.RecordLegalIntake(l.text() == null ? "" : l.text(), topic, l.employer(),
                l.siteCode(), l.amountFen(), l.monthsUnpaid(), l.coWorkersOwed(), List.copyOf(sorted(l.evidence())),
                l.urgent(), l.foreman(), l.wage());
    }

    /**
     * Asks two things in one question only where both are missing, to keep the intake to a few short
     * questions: the site asks for the project too while no project is known ("哪个城市、哪个工地？"), and
     * the months unpaid ask whether the worker still works there while that is unknown (the end of the
     * job starts the one-year limitation, Labour Dispute Mediation and Arbitration Law Art. 27).
     */
    @Override
    String questionKey(LegalSlots l, Step step) {
        if (step == Step.ASK_SITE && l.wage().project() == null && l.topic() == LegalTopic.WAGE_ARREARS) {
            return "ask.site.project";
        }
        if (step == Step.ASK_MONTHS && l.wage().ended() == null) {
            return "ask.months.ended";
        }
        return super.questionKey(l, step);
    }

    /** A sorted copy of the evidence kinds ({@code EnumSet.copyOf} alone rejects an empty non-EnumSet). */
    private static Set<Evidence> sorted(Set<Evidence> e) {
        return e.isEmpty() ? EnumSet.noneOf(Evidence.class) : EnumSet.copyOf(e);
    }

    /** A "none" answers the evidence question ({@link #fill} notes that the employer holds the pay ledger, Decree 724 Art. 50). */
    @Override
    boolean emptyAnswer(Step asked, Incoming m) {
        return asked == Step.ASK_EVIDENCE && IntakeReader.noEvidence(m.bare());
    }

    @Override
    Read<LegalSlots> fill(LegalSlots l, Incoming m, Step asked) {
        String t = m.folded();
        LegalTopic topic = l.topic();
        String employer = l.employer();
        String site = l.siteCode();
        Long amount = l.amountFen();
        Integer months = l.monthsUnpaid();
        Integer coWorkers = l.coWorkersOwed();
        Set<Evidence> evidence = EnumSet.noneOf(Evidence.class);
        evidence.addAll(l.evidence());
        boolean urgent = l.urgent() || IntakeReader.urgent(t) || DangerWords.firstIn(t).isPresent();
        WageFacts said = WageFactsReader.read(t, readers.dates().today());
        Problem problem = null;

        LegalTopic saidTopic = IntakeReader.topic(t);
        if (asked == Step.ASK_TOPIC && saidTopic == null) {
            Optional<Integer> n = Texts.number(m.bare());
            if (n.isPresent() && n.get() >= 1 && n.get() <= 4) {
                saidTopic = LegalTopic.values()[n.get() - 1];
            } else if (Intents.skip(m.bare())) {
                saidTopic = LegalTopic.OTHER;
            }
        }
        if (saidTopic != null && (topic == null || asked == Step.ASK_TOPIC)) topic = saidTopic;

        Optional<String> named = IntakeReader.employer(t);
        String foreman = l.foreman();
        Optional<String> saidForeman = IntakeReader.foreman(t);
        if (saidForeman.isPresent() && (foreman == null || asked == Step.ASK_EMPLOYER)) {
            foreman = saidForeman.get();
        }
        if (named.isPresent() && (employer == null || asked == Step.ASK_EMPLOYER
                || (IntakeReader.isCompany(named.get()) && !IntakeReader.isCompany(employer)))) {
            employer = named.get();
        } else if (asked == Step.ASK_EMPLOYER && named.isEmpty() && !Intents.skip(m.bare())) {
            String name = t.strip().replaceAll("^(?:是|叫|就是|老板是|老板叫|公司是|公司叫)", "")
                    .replaceAll("[\\p{Punct}，。！？、\\s]+$", "");
            // a message naming a danger answers no question: "我在东莞厚街，腿受伤了" is not an employer
            if (!name.isEmpty() && name.length() <= DialogState.MAX_SHORT_TEXT && !name.matches(".*\\d.*")
                    && DangerWords.firstIn(t).isEmpty()) {
                employer = name;
            }
        }

        List<PlaceMention> places = readers.findPlaces(t);
        PlaceMention place = readers.placeSaid(t, places, asked == Step.ASK_SITE, "在|是");
        if (place != null && (site == null || asked == Step.ASK_SITE)) {
            if (place.resolution() instanceof PlaceResolution.Found found) {
                site = found.place().code();
            } else if (place.resolution() instanceof PlaceResolution.Ambiguous a) {
                problem = DialogReaders.options(Step.PICK_SITE, place.text(), a);
            }
        }

        String residual = DialogReaders.blankPlaces(t, places);
        Optional<Integer> saidMonths = IntakeReader.months(residual);
        if (saidMonths.isEmpty() && asked == Step.ASK_MONTHS) {
            saidMonths = Texts.number(m.bare().replaceAll("个?月$", ""));
        }
        if (saidMonths.isPresent() && saidMonths.get() > 0 && saidMonths.get() <= 120) months = saidMonths.get();

        String noMonths = residual.replaceAll("[\\d零一二两三四五六七八九十半]+\\s*个\\s*多?\\s*月|半年|一年", " ");
        Optional<Integer> saidOthers = IntakeReader.coWorkers(noMonths);
        if (saidOthers.isEmpty() && asked == Step.ASK_COWORKERS) {
            saidOthers = Intents.skip(m.bare()) && m.bare().startsWith("没") ? Optional.of(0)
                    : Texts.number(m.bare().replaceAll("^(?:还有|另外|有)", "").replaceAll("(?:个人?|个工友|人)$", ""));
        }
        if (saidOthers.isPresent() && saidOthers.get() >= 0 && saidOthers.get() <= 5000) coWorkers = saidOthers.get();

        String noCounts = noMonths.replaceAll("[\\d一二两三四五六七八九十几]+\\s*多?\\s*个\\s*(?:人|工友|兄弟|同事|老乡|师傅)", " ");
        Optional<Long> saidAmount = Amounts.fen(noCounts, asked == Step.ASK_AMOUNT);
        if (saidAmount.isPresent() && saidAmount.get() > 0) amount = saidAmount.get();

        evidence.addAll(IntakeReader.evidence(t));
        if (asked == Step.ASK_EVIDENCE && evidence.isEmpty() && IntakeReader.noEvidence(m.bare())) {
            evidence.add(Evidence.EMPLOYER_HOLDS_LEDGER);
        }
        if (said.project() != null && WageFactsReader.project(residual) != null) {
            // "东莞万达广场": the project without the place before it
            said = new WageFacts(WageFactsReader.project(residual), said.trade(), said.workedFrom(), said.workedTo(),
                    said.ended(), said.endedOn(), said.absconded(), said.subcontractor(), said.generalContractor(),
                    said.client());
        }
        urgent = urgent || said.absconded();
        if (asked == Step.ASK_SITE && said.project() == null && site != null && !site.equals(l.siteCode())) {
            String project = WageFactsReader.projectAnswer(residual);
            if (project != null) {
                said = new WageFacts(project, said.trade(), said.workedFrom(), said.workedTo(), said.ended(),
                        said.endedOn(), said.absconded(), said.subcontractor(), said.generalContractor(), said.client());
            }
        }
        WageFacts wage = l.wage().with(said, asked == Step.ASK_SITE || asked == Step.ASK_MONTHS);
        return new Read<>(new LegalSlots(l.text(), topic, employer, site, amount, months, coWorkers, evidence,
                urgent, foreman, wage), problem);
    }
}
