package org.warmline.legalaid.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.warmline.core.application.AuditLog;
import org.warmline.core.application.HelpCentres;
import org.warmline.core.domain.centre.HelpCentre;
import org.warmline.core.domain.refusal.Forbidden;
import org.warmline.core.domain.refusal.NotFound;
import org.warmline.legalaid.domain.CaseClaimant;
import org.warmline.legalaid.domain.CaseEvent;
import org.warmline.legalaid.domain.CaseEventKind;
import org.warmline.legalaid.domain.CaseStep;
import org.warmline.legalaid.domain.WageCase;

/**
 * The legal-aid figures (issue 12, point 9) per help centre and for HQ: open cases by step, deadlines due this
 * week, workers helped, amounts owed, recovered and confirmed received, and the season week by week
 * ({@link DashboardFigures}). Who sees which centre follows {@link CaseAccess}: case staff and supervisors of a
 * centre see it and the centres under it, HQ and admins every centre; others are refused (403, audited).
 * The season starts on {@code warmline.legalaid.season-start} (MM-DD, default 11-01).
 */
@ApplicationScoped
@Transactional
public class LegalAidDashboardService {

    /** The refusal code of an unknown centre. */
    public static final String UNKNOWN_CENTRE = "centre.not-found";

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    @Inject
    CaseAccess access;

    @Inject
    HelpCentres centres;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Instance<CaseDeadlineSource> deadlines;

    @Inject
    @ConfigProperty(name = "warmline.legalaid.season-start", defaultValue = "11-01")
    String seasonStart;

    /**
     * The figures and the centres the caller may choose.
     *
     * @param centre       the centre asked for, or null for all the caller sees
     * @param centres      the centres the caller may choose (code, names); the caller's whole scope first, as
     *                     code "" when that is every centre
     * @param figures      the figures
     * @param deadlinesKnown whether a deadline source is installed (else deadlines this week is 0)
     */
    public record Dashboard(String centre, List<CentreChoice> centres, DashboardFigures.Figures figures,
                            boolean deadlinesKnown) { }

    /**
     * @param code   a centre's code ("" for all)
     * @param nameZh its Chinese name
     * @param nameEn its English name
     */
    public record CentreChoice(String code, String nameZh, String nameEn) { }

    /**
     * @param caller who asks
     * @param centre a help centre's code, or null/blank for every centre the caller sees
     * @return the figures of that centre (and the centres under it)
     * @throws Forbidden ({@code case.forbidden}, audited) for a caller without a case role or a centre outside
     *                   their scope
     * @throws NotFound  ({@value #UNKNOWN_CENTRE}) for an unknown centre
     */
    public Dashboard dashboard(CaseAccess.Caller caller, String centre) {
        Optional<Set<String>> visible = access.visibleCentres(caller);
        List<HelpCentre> all = centres.all();
        Set<String> scope;
        String chosen = centre == null || centre.isBlank() ? null : centre.strip();
        if (chosen == null) {
            scope = visible.orElse(null);
        } else {
            if (all.stream().noneMatch(c -> c.code().equals(chosen))) {
                throw new NotFound(UNKNOWN_CENTRE, "no help centre " + chosen);
            }
            if (visible.isPresent() && !visible.get().contains(chosen)) {
                audit.recordRefusal(caller.username(), "case.denied", "dashboard", chosen,
                        "denied legal-aid figures of centre " + chosen);
                throw new Forbidden(CaseAccess.FORBIDDEN, "the figures of centre " + chosen + " are not for this user");
            }
            // HQ (the default centre, regions *) covers every case, also those placed at no centre
            scope = chosen.equals(centres.defaultCentre()) ? null : withChildren(chosen, all);
        }
        List<CentreChoice> choices = new ArrayList<>();
        if (visible.isEmpty()) {
            choices.add(new CentreChoice("", null, null));
        }
        all.stream().filter(c -> visible.isEmpty() || visible.get().contains(c.code()))
                .forEach(c -> choices.add(new CentreChoice(c.code(), c.nameZh(), c.nameEn())));

        List<WageCase> cases = scope == null
                ? em.createQuery("select c from WageCase c", WageCase.class).getResultList()
                : scope.isEmpty() ? List.of()
                : em.createQuery("select c from WageCase c where c.centreId in :centres", WageCase.class)
                        .setParameter("centres", scope).getResultList();
        Set<Long> ids = new HashSet<>();
        List<DashboardFigures.CaseRow> rows = new ArrayList<>(cases.size());
        List<Long> open = new ArrayList<>();
        for (WageCase c : cases) {
            ids.add(c.id());
            Set<Long> workers = new LinkedHashSet<>();
            workers.add(c.leadWorkerId());
            c.claimants().stream().map(CaseClaimant::workerId).forEach(workers::add);
            boolean isOpen = c.isOpen();
            if (isOpen) {
                open.add(c.id());
            }
            rows.add(new DashboardFigures.CaseRow(c.id(), c.step().name(), isOpen, c.createdAt(),
                    c.step() == CaseStep.CLOSED ? c.stepAt() : null, c.totalOwedFen(), c.recoveredFen(),
                    c.receivedFen(), workers));
        }
        List<DashboardFigures.Received> received = new ArrayList<>();
        if (!ids.isEmpty()) {
            for (CaseEvent e : em.createQuery("select e from CaseEvent e where e.kind = :kind", CaseEvent.class)
                    .setParameter("kind", CaseEventKind.RECEIVED).getResultList()) {
                if (ids.contains(e.caseId()) && e.amountFen() != null) {
                    received.add(new DashboardFigures.Received(e.at(), e.amountFen()));
                }
            }
        }
        LocalDate today = LocalDate.now(clock.withZone(DashboardFigures.ZONE));
        Set<Long> due = new HashSet<>();
        boolean known = deadlines.isResolvable();
        if (known && !open.isEmpty()) {
            deadlines.get().nearest(open).forEach((id, d) -> {
                if (!d.due().isBefore(today) && !d.due().isAfter(today.plusDays(7))) {
                    due.add(id);
                }
            });
        }
        return new Dashboard(chosen, choices, DashboardFigures.of(rows, received, due, today, season()), known);
    }

    private MonthDay season() {
        try {
            return MonthDay.parse("--" + seasonStart.strip());
        } catch (RuntimeException e) {
            throw new IllegalStateException("warmline.legalaid.season-start must be MM-DD, was " + seasonStart, e);
        }
    }

    // a centre and every centre below it (parent codes), as CaseAccess counts them
    private static Set<String> withChildren(String code, List<HelpCentre> all) {
        Set<String> seen = new HashSet<>();
        seen.add(code);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (HelpCentre c : all) {
                if (c.parentCode() != null && seen.contains(c.parentCode()) && seen.add(c.code())) {
                    grew = true;
                }
            }
        }
        return seen;
    }
}
