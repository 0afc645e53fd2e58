package org.warmline.legalaid.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmline.core.domain.refusal.InvalidInput;
import org.warmline.core.domain.refusal.NotFound;
import org.warmline.core.interfaces.rest.QueryLimits;
import org.warmline.legalaid.application.CaseAccess;
import org.warmline.legalaid.application.DeadlineService;
import org.warmline.legalaid.application.ReminderJob;
import org.warmline.legalaid.domain.WageCase;
import org.warmline.legalaid.domain.deadline.Deadline;
import org.warmline.legalaid.domain.deadline.DeadlineKind;
import org.warmline.legalaid.domain.deadline.DeadlineTexts;
import org.warmline.legalaid.domain.deadline.FinalAwardRule;
import org.warmline.legalaid.domain.deadline.HolidayNotice;
import org.warmline.legalaid.domain.deadline.MinimumWage;
import org.warmline.legalaid.domain.deadline.RefusalToPayThreshold;
import org.warmline.legalaid.domain.deadline.WorkingDayCalendar;
import org.warmline.legalaid.domain.reminder.DeadlineReminder;

/**
 * Staff API of the legal clocks (issue 12 point 3), under {@code /api/legalaid/deadlines}: deadlines due soon
 * across the caller's cases, open cases without a deadline, one case's clocks, and the reminders written 30/14/7/3/1
 * days before each deadline. Who sees which cases is {@link CaseAccess}'s rule (legal-aid staff and supervisors of
 * the case's centre, admins; anyone else 403, audited). Texts come in Chinese and English.
 */
@Path("/api/legalaid/deadlines")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "legalaid", description = "Legal consultations and wage-arrears cases")
public class DeadlinesResource {

    /** The last year of holidays in cn.6tail lunar 1.6.3's own data. */
    static final int LUNAR_LAST_YEAR = 2023;

    /** Most days {@code within} may ask for. */
    public static final int MAX_WITHIN = 366;

    private static final DeadlineTexts ZH = new DeadlineTexts("zh");
    private static final DeadlineTexts EN = new DeadlineTexts("en");

    /**
     * One deadline as staff read it.
     *
     * @param kind               the clock's code (e.g. ARBITRATION_LIMITATION)
     * @param label              its name in Chinese
     * @param labelEn            its name in English
     * @param startsOn           the day it started (not counted), null when not running
     * @param dueOn              its last day, null when not running
     * @param extendedDueOn      the last day with the extension the rule allows, or null
     * @param daysLeft           calendar days from today to the last day (negative: passed), null when not running
     * @param running            whether the clock runs
     * @param rule               the article, in Chinese
     * @param ruleEn             the article, in English
     * @param basis              how the start was chosen (code)
     * @param basisText          the same in Chinese
     * @param basisTextEn        the same in English
     * @param weekendsOnly       true when a year of the count had no holiday notice (weekends only)
     * @param yearsWithoutNotice those years
     * @param calendarNote       the weekends-only note in Chinese, or null
     * @param calendarNoteEn     the weekends-only note in English, or null
     */
    public record DeadlineDto(String kind, String label, String labelEn, LocalDate startsOn, LocalDate dueOn,
                              LocalDate extendedDueOn, Long daysLeft, boolean running, String rule, String ruleEn,
                              String basis, String basisText, String basisTextEn, boolean weekendsOnly,
                              List<Integer> yearsWithoutNotice, String calendarNote, String calendarNoteEn) {
    }

    /**
     * The final-award answer (LDMAL Art. 47).
     *
     * @param finalAward        true: final; false: not; null: unknown (no minimum wage on file or no amount)
     * @param claimFen          the lead claimant's amount owed, fen, or null when not known
     * @param limitFen          12 months of the minimum wage, fen, or null
     * @param province          the province whose minimum wage was used, or null
     * @param monthlyMinimumFen that minimum wage, fen, or null
     * @param effectiveFrom     since when it applies, or null
     * @param document          the document that set it, or null
     * @param rule              the article
     */
    public record FinalAwardDto(Boolean finalAward, Long claimFen, Long limitFen, String province, Long monthlyMinimumFen,
                                LocalDate effectiveFrom, String document, String rule) {
    }

    /**
     * One case's clocks.
     *
     * @param caseId         the case
     * @param deadlines      its deadlines, limitation first
     * @param actFirst       true when the limitation ends in fewer than 7 days (Legal Aid Law Art. 44)
     * @param actFirstText   the alert in Chinese, or null
     * @param actFirstTextEn the alert in English, or null
     * @param finalAward     the final-award answer
     */
    public record CaseClocksDto(long caseId, List<DeadlineDto> deadlines, boolean actFirst, String actFirstText,
                                String actFirstTextEn, FinalAwardDto finalAward) {
    }

    /**
     * A deadline due soon.
     *
     * @param caseId   the case
     * @param employer the employer as the worker named it
     * @param step     the case's step
     * @param centreId its help centre
     * @param deadline the deadline
     */
    public record DueDto(long caseId, String employer, String step, String centreId, DeadlineDto deadline) {
    }

    /**
     * An open case without a deadline.
     *
     * @param caseId       the case
     * @param employer     the employer as named
     * @param step         its step
     * @param centreId     its help centre
     * @param reason       EMPLOYED or NO_DATES
     * @param reasonText   why, in Chinese
     * @param reasonTextEn why, in English
     * @param createdAt    when it was opened, UTC
     */
    public record MissingDto(long caseId, String employer, String step, String centreId, String reason, String reasonText,
                             String reasonTextEn, Instant createdAt) {
    }

    /**
     * A reminder written for staff.
     *
     * @param id         the reminder
     * @param caseId     the case
     * @param employer   the employer as named
     * @param kind       the clock's code
     * @param label      its name in Chinese
     * @param labelEn    its name in English
     * @param dueOn      the deadline's last day
     * @param daysBefore 30, 14, 7, 3 or 1
     * @param createdAt  when it was written, UTC
     */
    public record ReminderDto(long id, long caseId, String employer, String kind, String label, String labelEn,
                              LocalDate dueOn, int daysBefore, Instant createdAt) {
    }

    /**
     * The tables behind the clocks, with their sources.
     *
     * @param holidayNotices      the State Council holiday notices added to lunar's calendar, by year
     * @param lunarCarriesUpTo    the last year cn.6tail lunar's own holiday data carries
     * @param minimumWages        each province's highest monthly minimum wage (final-award limit, LDMAL Art. 47)
     * @param refusalToPay        provinces' own refusal-to-pay amounts (法释〔2013〕3号 Art. 3)
     * @param refusalToPayDefault the national lower bounds used elsewhere
     */
    public record SourcesDto(List<HolidayNotice> holidayNotices, int lunarCarriesUpTo, List<MinimumWage> minimumWages,
                             List<RefusalToPayThreshold.Amounts> refusalToPay, RefusalToPayThreshold.Amounts refusalToPayDefault) {
    }

    @Inject
    DeadlineService deadlines;

    @Inject
    CaseAccess access;

    @Inject
    ReminderJob reminderJob;

    @Inject
    Clock clock;

    @Context
    SecurityContext security;

    /**
     * @param withinText days ahead, 0..366 (default 7)
     * @return running deadlines of the caller's open cases due today or within that many days, soonest first
     */
    @GET
    @Operation(summary = "Deadlines of open cases due within N days (default 7), soonest first")
    public List<DueDto> dueWithin(@QueryParam("within") String withinText) {
        int within = parseWithin(withinText);
        Optional<Set<String>> centres = access.visibleCentres(caller());
        LocalDate today = today();
        return deadlines.dueWithin(within, centres).stream()
                .map(d -> new DueDto(d.wageCase().id(), d.wageCase().employerAsNamed(), d.wageCase().step().name(),
                        d.wageCase().centreId(), dto(d.deadline(), today)))
                .toList();
    }

    /** @return the caller's open cases that have no running deadline, oldest first */
    @GET
    @Path("missing")
    @Operation(summary = "Open cases without a deadline (no end of employment, demand or procedure recorded)")
    public List<MissingDto> missing() {
        Optional<Set<String>> centres = access.visibleCentres(caller());
        return deadlines.missing(centres).stream().map(m -> new MissingDto(m.wageCase().id(),
                m.wageCase().employerAsNamed(), m.wageCase().step().name(), m.wageCase().centreId(), m.reason().name(),
                missingText(m.reason(), ZH), missingText(m.reason(), EN), m.wageCase().createdAt())).toList();
    }

    /**
     * @param caseId a case
     * @return its clocks, the act-first alert and the final-award answer (the read is audited)
     */
    @GET
    @Path("cases/{caseId}")
    @Operation(summary = "One case's deadlines, act-first alert and final-award answer")
    public CaseClocksDto ofCase(@PathParam("caseId") String caseId) {
        long id = parseId(caseId);
        CaseAccess.Caller caller = caller();
        access.requireCaseRole(caller, caseId);
        WageCase wageCase = deadlines.cases(List.of(id)).get(id);
        if (wageCase == null) {
            throw new NotFound("case.not-found", "no case " + id);
        }
        access.check(caller, wageCase, "case.deadlines");
        DeadlineService.CaseClocks clocks = deadlines.clocksOf(id);
        LocalDate today = today();
        FinalAwardRule.FinalAward fa = clocks.finalAward();
        FinalAwardDto finalAward = new FinalAwardDto(fa.finalAward(), wageCase.amountOwedFen(), fa.limitFen(),
                fa.wage() == null ? null : fa.wage().province(), fa.wage() == null ? null : fa.wage().monthlyFen(),
                fa.wage() == null ? null : fa.wage().effectiveFrom(), fa.wage() == null ? null : fa.wage().document(),
                "《劳动争议调解仲裁法》第四十七条");
        return new CaseClocksDto(id, clocks.deadlines().stream().map(d -> dto(d, today)).toList(), clocks.actFirst(),
                clocks.actFirst() ? ZH.actFirst() : null, clocks.actFirst() ? EN.actFirst() : null, finalAward);
    }

    /**
     * @param limitText at most this many, newest first (default 100, max 1000)
     * @return reminders written for the caller's cases
     */
    @GET
    @Path("reminders")
    @Operation(summary = "Reminders of deadlines 30/14/7/3/1 days ahead, newest first")
    public List<ReminderDto> reminders(@QueryParam("limit") String limitText) {
        int limit = QueryLimits.parse(limitText, 100, 1000);
        Optional<Set<String>> centres = access.visibleCentres(caller());
        List<DeadlineReminder> found = deadlines.reminders(limit, centres);
        Map<Long, WageCase> cases = deadlines.cases(found.stream().map(DeadlineReminder::caseId).toList());
        return found.stream().map(r -> {
            DeadlineKind kind = DeadlineKind.valueOf(r.kind());
            WageCase c = cases.get(r.caseId());
            return new ReminderDto(r.id(), r.caseId(), c == null ? null : c.employerAsNamed(), r.kind(), ZH.label(kind),
                    EN.label(kind), r.dueOn(), r.daysBefore(), r.createdAt());
        }).toList();
    }

    /** @return the holiday notices, minimum wages and refusal-to-pay amounts the clocks use, with their sources */
    @GET
    @Path("sources")
    @Operation(summary = "The holiday notices, minimum wages and refusal-to-pay amounts behind the clocks, with sources")
    public SourcesDto sources() {
        access.requireCaseRole(caller(), "sources");
        WorkingDayCalendar calendar = WorkingDayCalendar.china();
        return new SourcesDto(List.copyOf(calendar.notices().values()), LUNAR_LAST_YEAR,
                List.copyOf(FinalAwardRule.standard().wages().values()),
                List.copyOf(RefusalToPayThreshold.standard().provinces().values()), RefusalToPayThreshold.DEFAULT);
    }

    /**
     * Runs the reminder check now (as the hourly job does); reminders already written are not written again.
     *
     * @return {@code {"written": n}}
     */
    @POST
    @Path("reminders/run")
    @Operation(summary = "Write the reminders due today now (idempotent)")
    public Map<String, Integer> runReminders() {
        access.visibleCentres(caller());
        return Map.of("written", reminderJob.runNow());
    }

    private CaseAccess.Caller caller() {
        return new CaseAccess.Caller(security.getUserPrincipal().getName(), security::isUserInRole);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DeadlineService.ZONE));
    }

    static DeadlineDto dto(Deadline d, LocalDate today) {
        return new DeadlineDto(d.kind().name(), ZH.label(d.kind()), EN.label(d.kind()), d.startsOn(), d.dueOn(),
                d.extendedDueOn(), d.daysLeft(today), d.running(), d.kind().rule(), d.kind().ruleEn(), d.basis().name(),
                ZH.basis(d.basis()), EN.basis(d.basis()), d.weekendsOnly(), d.yearsWithoutNotice(), ZH.calendarNote(d),
                EN.calendarNote(d));
    }

    private static String missingText(DeadlineService.MissingReason reason, DeadlineTexts texts) {
        return texts.missing(reason.name());
    }

    private static int parseWithin(String text) {
        if (text == null || text.isBlank()) {
            return 7;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= 0 && value <= MAX_WITHIN) {
                return value;
            }
        } catch (NumberFormatException e) {
            // the refusal below
        }
        throw new InvalidInput("deadline.within", "within must be a whole number of days from 0 to " + MAX_WITHIN,
                Map.of("within", "0.." + MAX_WITHIN));
    }

    private static long parseId(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new NotFound("case.not-found", "no case " + text);
        }
    }
}
