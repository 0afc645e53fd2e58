package org.warmline.legalaid.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.warmline.core.application.AuditLog;
import org.warmline.core.domain.refusal.InvalidInput;
import org.warmline.core.domain.refusal.NotFound;
import org.warmline.core.domain.refusal.RuleViolation;
import org.warmline.legalaid.domain.CaseClaimant;
import org.warmline.legalaid.domain.CaseParty;
import org.warmline.legalaid.domain.WageCase;
import org.warmline.legalaid.domain.WageCaseRepository;
import org.warmline.legalaid.domain.group.CaseGroup;
import org.warmline.legalaid.domain.group.CaseGroupRepository;
import org.warmline.legalaid.domain.group.GroupAuditEntry;
import org.warmline.legalaid.domain.group.GroupAuditEntry.Action;
import org.warmline.legalaid.domain.group.GroupMember;
import org.warmline.legalaid.domain.group.GroupMember.Placed;
import org.warmline.legalaid.domain.linking.Claim;
import org.warmline.legalaid.domain.linking.ClaimLinker;
import org.warmline.legalaid.domain.linking.EmployerNames;
import org.warmline.legalaid.domain.linking.GroupFlag;
import org.warmline.legalaid.domain.linking.GroupFlagRule;

/**
 * Collective claims (issue 12 point 4): keeps every case in one group, in step with the cases, and lets staff
 * merge and split groups.
 *
 * <ul>
 *   <li>On {@link CaseChanged} (created or edited, observed in the changing transaction) the case is linked
 *       with {@link ClaimLinker} against the cases of its site's city: it joins the group of the cases it
 *       links to (groups of automatically placed cases that it links together become one), or a group of its
 *       own; a case staff placed is never moved. Every move is a {@code la_group_audit} row by "system".</li>
 *   <li>Each group's summary (cases, open cases, distinct workers, owed, recovered, flags of
 *       {@link GroupFlagRule}) is recomputed whenever a member changes.</li>
 *   <li>Staff merge and split: the cases concerned are then placed by staff; each change is audited in the
 *       group's own rows and in core's {@link AuditLog} ({@code group.merge}, {@code group.split}).</li>
 * </ul>
 * Access to groups is {@link CaseAccess}'s: a caller must see every case a merge or split touches.
 */
@ApplicationScoped
@Transactional
public class GroupService {

    /** Most groups one list returns. */
    public static final int MAX_LIMIT = 500;

    @Inject
    CaseGroupRepository groups;

    @Inject
    WageCaseRepository cases;

    @Inject
    CaseAccess access;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    private final ClaimLinker linker = new ClaimLinker();
    private final GroupFlagRule flagRule = new GroupFlagRule();

    /**
     * A group as staff see it.
     *
     * @param id           group id
     * @param label        the employer as most claimants named it
     * @param employerNormalised its normalised form
     * @param siteCode     the main site
     * @param projectName  the main project, may be null
     * @param cases        member cases
     * @param openCases    open member cases
     * @param workers      distinct workers
     * @param owedFen      total owed, fen
     * @param recoveredFen total recovered, fen
     * @param flags        the flags with their figures
     * @param caseIds      member case ids (only those the caller sees, in the detail view)
     */
    public record GroupSummary(long id, String label, String employerNormalised, String siteCode, String projectName,
                               int cases, int openCases, int workers, long owedFen, long recoveredFen,
                               List<GroupFlag> flags, List<Long> caseIds) { }

    /**
     * One member case in the group view.
     *
     * @param caseId          the case
     * @param employerAsNamed the employer as named in it
     * @param siteCode        its site
     * @param projectName     its project
     * @param step            its step code
     * @param workers         its claimants
     * @param owedFen         owed, fen
     * @param recoveredFen    recovered, fen (0 when none)
     * @param evidenceHeld    evidence kinds the workers hold
     * @param placed          AUTO or STAFF
     */
    public record MemberView(long caseId, String employerAsNamed, String siteCode, String projectName, String step,
                             int workers, long owedFen, long recoveredFen, List<String> evidenceHeld,
                             String placed) { }

    /**
     * A group with its members and its audit rows.
     *
     * @param summary the summary
     * @param members the member cases the caller sees
     * @param audit   the group's audit rows, oldest first
     */
    public record GroupDetail(GroupSummary summary, List<MemberView> members, List<GroupAuditEntry> audit) { }

    // ------------------------------------------------------------------ keeping groups in step with cases

    /**
     * Relinks a case that was created or changed (observes lacase's {@link CaseChanged}, in its transaction).
     *
     * @param changed the event
     */
    public void onCaseChanged(@Observes CaseChanged changed) {
        relink(changed.caseId());
    }

    /**
     * Puts a case in the group the linker says it belongs to (see the class comment).
     *
     * @param caseId a case; unknown ids are ignored
     */
    public void relink(long caseId) {
        Optional<WageCase> found = cases.find(caseId);
        if (found.isEmpty()) {
            return;
        }
        WageCase wageCase = found.get();
        Instant now = clock.instant();
        Optional<GroupMember> membership = groups.memberOf(caseId);
        if (membership.isPresent() && membership.get().placed() == Placed.STAFF) {
            resummarise(membership.get().groupId(), now);
            return;
        }
        List<WageCase> candidates = candidates(wageCase);
        List<Long> linked = linker.link(candidates.stream().map(GroupService::claimOf).toList()).stream()
                .filter(g -> g.contains(caseId)).findFirst().orElse(List.of(caseId));
        Set<Long> others = new LinkedHashSet<>(linked);
        others.remove(caseId);
        List<GroupMember> otherMembers = groups.membersOf(others);
        TreeSet<Long> otherGroups = otherMembers.stream().map(GroupMember::groupId)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<Long> touched = new HashSet<>();
        if (otherGroups.isEmpty()) {
            if (membership.isEmpty()) {
                long g = newGroup(now);
                groups.addMember(new GroupMember(caseId, g, Placed.AUTO, now));
                groups.append(new GroupAuditEntry(g, Action.LINKED, List.of(caseId), null, GroupAuditEntry.SYSTEM, now,
                        null));
                touched.add(g);
            } else if (groups.members(membership.get().groupId()).size() > 1) {
                long old = membership.get().groupId();
                long g = newGroup(now);
                move(membership.get(), g, Placed.AUTO, GroupAuditEntry.SYSTEM, now, null);
                touched.add(old);
                touched.add(g);
            } else {
                touched.add(membership.get().groupId());
            }
        } else {
            long target = otherGroups.first();
            if (membership.isEmpty()) {
                groups.addMember(new GroupMember(caseId, target, Placed.AUTO, now));
                groups.append(new GroupAuditEntry(target, Action.LINKED, List.of(caseId), null,
                        GroupAuditEntry.SYSTEM, now, null));
            } else if (membership.get().groupId() != target) {
                touched.add(membership.get().groupId());
                move(membership.get(), target, Placed.AUTO, GroupAuditEntry.SYSTEM, now, null);
            }
            touched.add(target);
            for (long other : otherGroups.tailSet(target, false)) {
                List<GroupMember> members = groups.members(other);
                if (members.stream().allMatch(m -> m.placed() == Placed.AUTO)) {
                    for (GroupMember m : members) {
                        move(m, target, Placed.AUTO, GroupAuditEntry.SYSTEM, now, null);
                    }
                    touched.add(other);
                }
            }
        }
        for (long g : touched) {
            resummarise(g, now);
        }
    }

    private List<WageCase> candidates(WageCase wageCase) {
        String site = wageCase.siteCode();
        if (site == null || site.length() < 4) {
            return List.of(wageCase);
        }
        List<WageCase> inCity = new ArrayList<>(groups.casesInCity(site.substring(0, 4)));
        if (inCity.stream().noneMatch(c -> c.id().equals(wageCase.id()))) {
            inCity.add(wageCase);
        }
        return inCity;
    }

    /** @return the linker's view of a case (city = the site's first four digits) */
    static Claim claimOf(WageCase c) {
        String site = c.siteCode();
        String city = site != null && site.length() >= 4 ? site.substring(0, 4) : null;
        List<Long> workers = new ArrayList<>();
        workers.add(c.leadWorkerId());
        c.claimants().forEach(cl -> {
            if (!workers.contains(cl.workerId())) {
                workers.add(cl.workerId());
            }
        });
        return new Claim(c.id(), c.employerAsNamed(), site, city,
                c.parties().stream().map(CaseParty::name).toList(), workers, owedOf(c));
    }

    private static long owedOf(WageCase c) {
        long total = c.totalOwedFen();
        return total > 0 ? total : c.amountOwedFen() == null ? 0 : Math.max(0, c.amountOwedFen());
    }

    private long newGroup(Instant now) {
        CaseGroup group = new CaseGroup(now);
        groups.add(group);
        return group.id();
    }

    /** Moves a member, audits it on both groups, and deletes the old group when it is left empty. */
    private void move(GroupMember member, long target, Placed placed, String by, Instant now, String reason) {
        long old = member.groupId();
        member.moveTo(target, placed, now);
        if (old == target) {
            return;
        }
        groups.append(new GroupAuditEntry(old, Action.UNLINKED, List.of(member.caseId()), target, by, now, reason));
        groups.append(new GroupAuditEntry(target, Action.LINKED, List.of(member.caseId()), old, by, now, reason));
    }

    /** Recomputes a group's summary from its members; deletes it when it has none. */
    private void resummarise(long groupId, Instant now) {
        Optional<CaseGroup> found = groups.find(groupId);
        if (found.isEmpty()) {
            return;
        }
        List<GroupMember> members = groups.members(groupId);
        if (members.isEmpty()) {
            groups.remove(found.get());
            return;
        }
        List<WageCase> memberCases = groups.cases(members.stream().map(GroupMember::caseId).toList());
        found.get().summarise(summaryOf(memberCases), now);
    }

    private CaseGroup.Summary summaryOf(List<WageCase> memberCases) {
        Set<Long> workers = new HashSet<>();
        long owed = 0;
        long recovered = 0;
        int open = 0;
        boolean absconded = false;
        List<GroupFlagRule.WorkerClaim> claims = new ArrayList<>();
        for (WageCase c : memberCases) {
            owed += owedOf(c);
            recovered += c.recoveredFen() == null ? 0 : c.recoveredFen();
            open += c.isOpen() ? 1 : 0;
            absconded |= c.absconded();
            workers.add(c.leadWorkerId());
            List<CaseClaimant> claimants = c.claimants();
            if (claimants.isEmpty()) {
                claims.add(new GroupFlagRule.WorkerClaim(c.leadWorkerId(), owedOf(c), c.monthsUnpaid()));
            }
            for (CaseClaimant cl : claimants) {
                workers.add(cl.workerId());
                claims.add(new GroupFlagRule.WorkerClaim(cl.workerId(),
                        cl.amountOwedFen() == null ? 0 : cl.amountOwedFen(), c.monthsUnpaid()));
            }
        }
        String label = mostCommon(memberCases, WageCase::employerAsNamed);
        String site = mostCommon(memberCases, WageCase::siteCode);
        List<GroupFlag.Kind> flags = flagRule.flags(site, claims, absconded).stream().map(GroupFlag::kind).toList();
        return new CaseGroup.Summary(label, label == null ? null : EmployerNames.normalise(label), site,
                mostCommon(memberCases, WageCase::projectName), memberCases.size(), open, workers.size(), owed,
                recovered, flags);
    }

    /** @return the most frequent non-blank value (the longest, then the first in order, on a tie), or null */
    private static String mostCommon(List<WageCase> memberCases, Function<WageCase, String> field) {
        Map<String, Integer> counts = new HashMap<>();
        for (WageCase c : memberCases) {
            String v = field.apply(c);
            if (v != null && !v.isBlank()) {
                counts.merge(v, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparingInt(e -> e.getKey().length())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
    }

    // ------------------------------------------------------------------ staff

    /**
     * @param caller who asks (a case role, else 403, audited)
     * @param offset rows to skip, ≥ 0
     * @param limit  1..{@link #MAX_LIMIT}
     * @return the groups with a case the caller sees, most workers first, then most owed
     * @throws InvalidInput for a bad offset or limit
     */
    public List<GroupSummary> list(CaseAccess.Caller caller, int offset, int limit) {
        checkPage(offset, limit);
        Optional<Set<String>> visible = access.visibleCentres(caller);
        return groups.ranked(visible.orElse(null), false, offset, limit).stream()
                .map(g -> summary(g, List.of())).toList();
    }

    /**
     * @param caller  who asks
     * @param groupId the group
     * @return the group with the member cases the caller sees and its audit rows; the read is audited
     * @throws NotFound  ({@code group.not-found}) for an unknown group
     * @throws org.warmline.core.domain.refusal.Forbidden if the caller sees none of its cases (audited)
     */
    public GroupDetail detail(CaseAccess.Caller caller, long groupId) {
        CaseGroup group = groups.find(groupId).orElseThrow(() -> new NotFound("group.not-found", "no group " + groupId));
        List<GroupMember> members = groups.members(groupId);
        Map<Long, GroupMember> byCase = members.stream().collect(Collectors.toMap(GroupMember::caseId, m -> m));
        List<WageCase> memberCases = groups.cases(byCase.keySet());
        List<WageCase> seen = memberCases.stream().filter(c -> access.sees(caller, c)).toList();
        if (memberCases.isEmpty()) {
            throw new NotFound("group.not-found", "no group " + groupId);
        }
        if (seen.isEmpty()) {
            access.check(caller, memberCases.get(0), "group.read");
        }
        audit.record(caller.username(), "group.read", "case-group", String.valueOf(groupId),
                "cases " + seen.stream().map(c -> String.valueOf(c.id())).collect(Collectors.joining(",")));
        List<MemberView> views = seen.stream().map(c -> new MemberView(c.id(), c.employerAsNamed(), c.siteCode(),
                c.projectName(), c.step().name(), claimOf(c).workerIds().size(), owedOf(c),
                c.recoveredFen() == null ? 0 : c.recoveredFen(),
                c.evidence().stream().filter(e -> e.held()).map(e -> e.kind().name()).toList(),
                byCase.get(c.id()).placed().name())).toList();
        return new GroupDetail(summary(group, views.stream().map(MemberView::caseId).toList()), views,
                groups.audit(groupId));
    }

    /**
     * @param caller who asks; must see the case (403 otherwise, audited)
     * @param caseId a case
     * @return its group's summary with every member case id; empty when the case has no group yet
     * @throws NotFound ({@code case.not-found}) for an unknown case
     */
    public Optional<GroupSummary> groupOfCase(CaseAccess.Caller caller, long caseId) {
        WageCase wageCase = cases.find(caseId).orElseThrow(() -> new NotFound("case.not-found", "no case " + caseId));
        access.check(caller, wageCase, "group.read");
        return groupOfCase(caseId);
    }

    /**
     * The group of a case, for the case view (lacase's {@code GET /cases/{id}}); no access check or audit of
     * its own (the caller checked the case).
     *
     * @param caseId a case
     * @return its group's summary with every member case id, if it has a group
     */
    public Optional<GroupSummary> groupOfCase(long caseId) {
        return groups.memberOf(caseId).flatMap(m -> groups.find(m.groupId()))
                .map(g -> summary(g, groups.members(g.id()).stream().map(GroupMember::caseId).toList()));
    }

    /**
     * Staff merge another group into this one: every case of both is then placed by staff.
     *
     * @param caller  who asks; must see every case of both groups
     * @param groupId the group that stays
     * @param otherId the group merged into it (deleted)
     * @param reason  why, may be null
     * @return the merged group
     * @throws NotFound      ({@code group.not-found}) for an unknown group
     * @throws RuleViolation ({@code group.same}) when both are the same group
     * @throws org.warmline.core.domain.refusal.Forbidden if a case is not the caller's (audited)
     */
    public GroupDetail merge(CaseAccess.Caller caller, long groupId, long otherId, String reason) {
        access.requireCaseRole(caller, "group " + groupId);
        if (groupId == otherId) {
            throw new RuleViolation("group.same", "a group cannot be merged with itself");
        }
        CaseGroup group = groups.find(groupId).orElseThrow(() -> new NotFound("group.not-found", "no group " + groupId));
        groups.find(otherId).orElseThrow(() -> new NotFound("group.not-found", "no group " + otherId));
        List<GroupMember> mine = groups.members(groupId);
        List<GroupMember> theirs = groups.members(otherId);
        checkAll(caller, mine, theirs, "group.merge");
        Instant now = clock.instant();
        String by = caller.username();
        for (GroupMember m : mine) {
            m.moveTo(groupId, Placed.STAFF, now);
        }
        for (GroupMember m : theirs) {
            m.moveTo(groupId, Placed.STAFF, now);
        }
        List<Long> moved = theirs.stream().map(GroupMember::caseId).toList();
        groups.append(new GroupAuditEntry(groupId, Action.MERGED, moved, otherId, by, now, reason));
        audit.record(by, "group.merge", "case-group", String.valueOf(groupId),
                "merged group " + otherId + " (cases " + moved + ")");
        resummarise(otherId, now);
        resummarise(group.id(), now);
        return detail(caller, groupId);
    }

    /**
     * Staff split cases off a group into a new one: the cases of both are then placed by staff.
     *
     * @param caller  who asks; must see every case of the group
     * @param groupId the group
     * @param caseIds the cases to split off: members of the group, not all of them
     * @param reason  why, may be null
     * @return the new group
     * @throws NotFound      ({@code group.not-found}) for an unknown group
     * @throws InvalidInput  ({@code group.split-cases}) when caseIds is empty, names a case outside the group
     *                       or every case of it
     * @throws org.warmline.core.domain.refusal.Forbidden if a case is not the caller's (audited)
     */
    public GroupDetail split(CaseAccess.Caller caller, long groupId, Collection<Long> caseIds, String reason) {
        access.requireCaseRole(caller, "group " + groupId);
        groups.find(groupId).orElseThrow(() -> new NotFound("group.not-found", "no group " + groupId));
        List<GroupMember> members = groups.members(groupId);
        Set<Long> ids = caseIds == null ? Set.of() : new TreeSet<>(caseIds);
        Set<Long> memberIds = members.stream().map(GroupMember::caseId).collect(Collectors.toSet());
        if (ids.isEmpty() || !memberIds.containsAll(ids) || ids.size() == memberIds.size()) {
            throw new InvalidInput("group.split-cases", "split needs some, not all, of the group's cases",
                    Map.of("caseIds", "some, not all, case ids of group " + groupId));
        }
        checkAll(caller, members, List.of(), "group.split");
        Instant now = clock.instant();
        String by = caller.username();
        long created = newGroup(now);
        for (GroupMember m : members) {
            m.moveTo(ids.contains(m.caseId()) ? created : groupId, Placed.STAFF, now);
        }
        groups.append(new GroupAuditEntry(groupId, Action.SPLIT, ids, created, by, now, reason));
        audit.record(by, "group.split", "case-group", String.valueOf(groupId),
                "split cases " + ids + " into group " + created);
        resummarise(groupId, now);
        resummarise(created, now);
        return detail(caller, created);
    }

    private void checkAll(CaseAccess.Caller caller, List<GroupMember> a, List<GroupMember> b, String action) {
        List<Long> ids = new ArrayList<>();
        a.forEach(m -> ids.add(m.caseId()));
        b.forEach(m -> ids.add(m.caseId()));
        for (WageCase c : groups.cases(ids)) {
            if (!access.sees(caller, c)) {
                access.check(caller, c, action);
            }
        }
    }

    private GroupSummary summary(CaseGroup g, List<Long> caseIds) {
        List<GroupFlag> flags = g.flags().stream()
                .map(kind -> flagRule.describe(kind, g.siteCode(), g.workers(), g.owedFen())).toList();
        return new GroupSummary(g.id(), g.label(), g.employerNormalised(), g.siteCode(), g.projectName(), g.cases(),
                g.openCases(), g.workers(), g.owedFen(), g.recoveredFen(), flags, caseIds);
    }

    private static void checkPage(int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInput(Map.of("limit", "1.." + MAX_LIMIT, "offset", "≥ 0"));
        }
    }
}
