package org.warmline.helpdesk.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmline.core.application.StaffDirectory;
import org.warmline.helpdesk.application.CentreCoverage;
import org.warmline.helpdesk.application.TicketService;
import org.warmline.helpdesk.application.Viewer;
import org.warmline.helpdesk.domain.Ticket;

/**
 * The operators' console dashboard ({@code /api/helpdesk/dashboard}): today's counts per status, service and
 * centre, service levels (first response, longest wait), the last 14 days and each centre's cover, over the
 * conversations the viewer may see.
 */
@Path("/api/helpdesk")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({"OPERATOR", "COORDINATOR", "LEGAL_AID", "JOB_COUNSELOR", "SUPERVISOR", "ADMIN"})
@Tag(name = "helpdesk", description = "Operators' triage")
public class DashboardResource {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /**
     * @param date     day (Asia/Shanghai)
     * @param created  conversations started that day
     * @param resolved conversations resolved that day
     */
    public record DayDto(LocalDate date, long created, long resolved) { }

    /**
     * @param todayNew                   conversations started today
     * @param byStatus                   current count per status (of conversations the viewer sees)
     * @param byService                  active conversations per service
     * @param byCentre                   active conversations per centre
     * @param averageFirstResponseSeconds today's average time to first response, or null
     * @param longestWaitingSeconds      the longest current wait, or null
     * @param days                       the last 14 days
     * @param centres                    per help centre (the viewer's own, or all for supervisors and admins):
     *                                   operators, staff on duty, waiting conversations, longest wait
     * @param warnings                   supervisors and admins: the centres that receive work and have no
     *                                   staff at all or none on duty; empty for others
     */
    public record DashboardDto(long todayNew, Map<String, Long> byStatus, Map<String, Long> byService,
                               Map<String, Long> byCentre, Long averageFirstResponseSeconds,
                               Long longestWaitingSeconds, List<DayDto> days,
                               List<CentreCoverage.Cover> centres, List<CentreCoverage.Cover> warnings) { }

    @Inject
    TicketService tickets;

    @Inject
    StaffDirectory staff;

    @Inject
    CentreCoverage coverage;

    @Inject
    Clock clock;

    @Context
    SecurityContext security;

    /** @return today's counts, service levels and the last 14 days (of the centres the viewer sees) */
    @GET
    @Path("dashboard")
    @Operation(summary = "Dashboard: today's counts per status, service and centre; service levels; 14-day chart")
    public DashboardDto dashboard() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, CHINA);
        Instant since = today.minusDays(13).atStartOfDay(CHINA).toInstant();
        Viewer v = Viewers.of(security, staff);
        List<Ticket> list = tickets.forDashboard(v, since);
        Instant todayStart = today.atStartOfDay(CHINA).toInstant();
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (Ticket.Status s : Ticket.Status.values()) {
            byStatus.put(s.name(), list.stream().filter(t -> t.status() == s).count());
        }
        List<Ticket> active = list.stream().filter(t -> t.status() != Ticket.Status.RESOLVED
                && t.status() != Ticket.Status.BOT).toList();
        Map<String, Long> byService = new TreeMap<>(active.stream().collect(Collectors.groupingBy(
                t -> t.service() == null ? "UNKNOWN" : t.service().name(), Collectors.counting())));
        Map<String, Long> byCentre = new TreeMap<>(active.stream().collect(Collectors.groupingBy(Ticket::centreCode,
                Collectors.counting())));
        List<Ticket> answeredToday = list.stream().filter(t -> t.firstResponseAt() != null
                && !t.firstResponseAt().isBefore(todayStart)).toList();
        Long avgFirst = answeredToday.isEmpty() ? null : (long) answeredToday.stream()
                .mapToLong(t -> Duration.between(t.createdAt(), t.firstResponseAt()).toSeconds()).average().orElse(0);
        Long longest = active.stream().filter(t -> t.waitingSince() != null)
                .mapToLong(t -> Duration.between(t.waitingSince(), now).toSeconds()).max().stream().boxed()
                .findFirst().orElse(null);
        Function<Instant, LocalDate> day = i -> LocalDate.ofInstant(i, CHINA);
        List<DayDto> days = new ArrayList<>();
        for (int i = 13; i >= 0; i--) {
            LocalDate d = today.minusDays(i);
            days.add(new DayDto(d, list.stream().filter(t -> day.apply(t.createdAt()).equals(d)).count(),
                    list.stream().filter(t -> t.resolvedAt() != null && day.apply(t.resolvedAt()).equals(d)).count()));
        }
        long todayNew = list.stream().filter(t -> !t.createdAt().isBefore(todayStart)).count();
        List<CentreCoverage.Cover> cover = coverage.report(active, v.centreCode(), v.seesAll());
        return new DashboardDto(todayNew, byStatus, byService, byCentre, avgFirst, longest, days, cover,
                cover.stream().filter(c -> c.warning() != null).toList());
    }
}
