package org.warmline.helpdesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.warmline.core.application.AuditLog;
import org.warmline.core.application.HelpCentres;
import org.warmline.core.application.StaffDirectory;
import org.warmline.core.domain.centre.HelpCentre;
import org.warmline.core.domain.staff.StaffUser;
import org.warmline.helpdesk.domain.Ticket;
import org.warmline.helpdesk.domain.TicketRepository;

/**
 * Nobody unseen (issue 10, point 1): a conversation that waits for a person at a help centre with no
 * staff on duty climbs at once to the parent centre, and on to the top centre (HQ) while those have
 * nobody either; one that nobody picks up (assigns or answers) within the centre's pick-up time — urgent
 * ones {@code warmline.helpdesk.urgent-pickup} (5 minutes), others {@code warmline.helpdesk.normal-pickup}
 * (30 minutes), or the centre's own times — climbs one step. A conversation someone works on is never
 * moved. "Staff on duty" is {@link StaffUser#isOnDutyOperatorOf}: an enabled operator of the centre whose
 * 在岗 switch is on. Each move keeps its reason on the ticket, goes to the audit log and to open console
 * pages (SSE) of both centres.
 */
@ApplicationScoped
@Transactional
public class CentreCoverage {

    /** The system's name in the audit log. */
    private static final String SYSTEM = "system";

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    @Inject
    TicketRepository tickets;

    @Inject
    Clock clock;

    @Inject
    StaffDirectory staff;

    @Inject
    HelpCentres centres;

    @Inject
    AuditLog audit;

    @Inject
    Event<TicketChanged> changed;

    /**
     * One help centre's cover, for the dashboard.
     *
     * @param code               centre code
     * @param nameZh             Chinese name
     * @param nameEn             English name
     * @param parent             parent centre code, or null
     * @param operators          enabled operators of the centre
     * @param onDuty             of those, how many are on duty
     * @param waiting            conversations waiting for a person there
     * @param longestWaitSeconds the longest of those waits, or null
     * @param receivesWork       whether work arrives there: it serves regions or has waiting conversations
     * @param warning            NO_STAFF (no operator at all) or NONE_ON_DUTY, for a centre that receives
     *                           work; null when covered (or when the viewer is not a supervisor or admin)
     */
    public record Cover(String code, String nameZh, String nameEn, String parent, long operators, long onDuty,
                        long waiting, Long longestWaitSeconds, boolean receivesWork, String warning) { }

    /** @return how many staff are on duty per centre code (centres with none are absent) */
    public Map<String, Long> onDutyByCentre() {
        return staff.all().stream().filter(StaffUser::isOperator).filter(StaffUser::onDuty)
                .collect(Collectors.groupingBy(StaffUser::centreCode, Collectors.counting()));
    }

    /**
     * Climbs a waiting, unpicked conversation away from centres with nobody on duty, at once, to the
     * first ancestor with staff on duty or the top centre. Called in the caller's transaction after the
     * ticket was routed.
     *
     * @param ticket the ticket (managed)
     * @return whether it moved
     */
    public boolean climbIfUnstaffed(Ticket ticket) {
        if (!ticket.waitsUnpickedUp()) {
            return false;
        }
        Map<String, Long> onDuty = onDutyByCentre();
        return climbWhileUnstaffed(ticket, onDuty, clock.instant());
    }

    /**
     * The conversations a round of {@link CoverageWatch} must look at: those waiting with nobody on them
     * at a centre that has a parent, whose centre has nobody on duty or whose pick-up time has run out.
     * Read in one query of a few columns, with one read of the staff, so a round over thousands of
     * waiting conversations opens a transaction only for the few that are due.
     *
     * @return ticket ids, oldest first
     */
    public List<Long> candidates() {
        List<String> withParent = centres.all().stream().filter(c -> centres.parentOf(c.code()).isPresent())
                .map(HelpCentre::code).toList();
        if (withParent.isEmpty()) {
            return List.of();
        }
        Map<String, Long> onDuty = onDutyByCentre();
        Instant now = clock.instant();
        List<Long> due = new ArrayList<>();
        for (TicketRepository.Waiting w : tickets.waitingUnassigned(withParent)) {
            Instant since = Ticket.pickupClockSince(w.waitingSince(), w.centreSince());
            if (onDuty.getOrDefault(w.centreCode(), 0L) == 0
                    || since != null && !since.plus(centres.pickupTime(w.centreCode(), w.urgent())).isAfter(now)) {
                due.add(w.id());
            }
        }
        return due;
    }

    /**
     * One conversation, in a transaction of its own: climbs if its centre has nobody on duty, or one step
     * if its pick-up time ran out (then on while the next centre has nobody on duty).
     *
     * @param ticketId the ticket
     * @return whether it moved
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean climbIfDue(long ticketId) {
        Ticket ticket = em.find(Ticket.class, ticketId);
        if (ticket == null || !ticket.waitsUnpickedUp()) {
            return false;
        }
        Instant now = clock.instant();
        Map<String, Long> onDuty = onDutyByCentre();
        if (climbWhileUnstaffed(ticket, onDuty, now)) {
            return true;
        }
        Optional<String> parent = centres.parentOf(ticket.centreCode());
        Instant since = ticket.pickupClockSince(now);
        if (parent.isEmpty() || since == null) {
            return false;
        }
        boolean urgent = ticket.priority() == Ticket.Priority.URGENT;
        Duration limit = centres.pickupTime(ticket.centreCode(), urgent);
        if (since.plus(limit).isAfter(now)) {
            return false;
        }
        String from = ticket.centreCode();
        ticket.climb(parent.get(), urgent ? Ticket.Climb.URGENT_NOT_PICKED_UP : Ticket.Climb.NOT_PICKED_UP,
                (int) limit.toSeconds(), now);
        moved(ticket, from, "not picked up within " + limit.toSeconds() + " s");
        climbWhileUnstaffed(ticket, onDuty, now);
        return true;
    }

    /**
     * @param tickets  active tickets the viewer sees
     * @param own      the viewer's centre
     * @param seesAll  supervisors and admins: every centre, with warnings
     * @return each centre's cover (the viewer's own only, unless they see all), by code
     */
    public List<Cover> report(List<Ticket> tickets, String own, boolean seesAll) {
        Instant now = clock.instant();
        List<StaffUser> operators = staff.all().stream().filter(StaffUser::isOperator).toList();
        List<Cover> result = new ArrayList<>();
        for (HelpCentre c : centres.all()) {
            if (!seesAll && !c.code().equals(own)) {
                continue;
            }
            List<Ticket> waiting = tickets.stream().filter(t -> t.centreCode().equals(c.code())
                    && t.status() == Ticket.Status.OPEN && t.waitingSince() != null).toList();
            long staffCount = operators.stream().filter(u -> u.centreCode().equals(c.code())).count();
            long onDuty = operators.stream().filter(u -> u.isOnDutyOperatorOf(c.code())).count();
            Long longest = waiting.stream().mapToLong(t -> Duration.between(t.waitingSince(), now).toSeconds())
                    .max().stream().boxed().findFirst().orElse(null);
            boolean receivesWork = !c.regions().isEmpty() || !waiting.isEmpty();
            String warning = !seesAll || !receivesWork ? null
                    : staffCount == 0 ? "NO_STAFF" : onDuty == 0 ? "NONE_ON_DUTY" : null;
            result.add(new Cover(c.code(), c.nameZh(), c.nameEn(), c.parentCode(), staffCount, onDuty,
                    waiting.size(), longest, receivesWork, warning));
        }
        return result;
    }

    private boolean climbWhileUnstaffed(Ticket ticket, Map<String, Long> onDuty, Instant now) {
        boolean moved = false;
        Set<String> seen = new HashSet<>();
        while (onDuty.getOrDefault(ticket.centreCode(), 0L) == 0 && seen.add(ticket.centreCode())) {
            Optional<String> parent = centres.parentOf(ticket.centreCode());
            if (parent.isEmpty() || seen.contains(parent.get())) {
                break;
            }
            String from = ticket.centreCode();
            ticket.climb(parent.get(), Ticket.Climb.NO_STAFF_ON_DUTY, null, now);
            moved(ticket, from, "no staff on duty");
            moved = true;
        }
        return moved;
    }

    private void moved(Ticket ticket, String from, String why) {
        audit.record(SYSTEM, "conversation.climb", "conversation", Long.toString(ticket.conversationId()),
                from + " -> " + ticket.centreCode() + ": " + why);
        changed.fire(new TicketChanged(ticket.id(), from, "climb"));
        changed.fire(new TicketChanged(ticket.id(), ticket.centreCode(), "climb"));
    }
}
