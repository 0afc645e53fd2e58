package org.warmline.legalaid.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmline.core.domain.refusal.InvalidInput;
import org.warmline.core.interfaces.rest.QueryLimits;
import org.warmline.legalaid.application.CaseAccess;
import org.warmline.legalaid.application.GroupService;
import org.warmline.legalaid.application.InspectionListService;
import org.warmline.legalaid.domain.group.GroupAuditEntry;
import org.warmline.legalaid.domain.linking.GroupFlag;

/**
 * Staff API: collective claims ({@code /api/legalaid/groups}; issue 12 point 4) — the groups ranked by workers
 * then amount owed, one group with its cases, flags (with reasons in Chinese and English) and audit trail,
 * and staff merge and split. Access is {@link CaseAccess}'s (legal-aid staff, supervisors of the centre,
 * admins; others 403 problem+json, audited); reads and changes are audited.
 */
@Path("/api/legalaid/groups")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "legalaid", description = "Legal consultations and wage-arrears cases")
public class GroupsResource {

    @Inject
    GroupService groups;

    @Context
    SecurityContext security;

    /**
     * A flag with its reason.
     *
     * @param kind         TEN_OR_MORE_WORKERS, ONE_WORKER_AMOUNT, MANY_WORKERS_AMOUNT or ABSCONDED
     * @param workers      the group's workers
     * @param amountFen    the amount compared, fen
     * @param thresholdFen the province's amount, fen (0 when none applies)
     * @param source       the rule's source
     * @param reason       the reason in Chinese
     * @param reasonEn     the reason in English
     */
    public record FlagDto(String kind, int workers, long amountFen, long thresholdFen, String source, String reason,
                          String reasonEn) {
        static FlagDto of(GroupFlag f) {
            return new FlagDto(f.kind().name(), f.workers(), f.amountFen(), f.thresholdFen(), f.source(),
                    InspectionListService.flagText(f, false), InspectionListService.flagText(f, true));
        }
    }

    /**
     * A group's summary.
     *
     * @param id           group id
     * @param label        the employer as most claimants named it (render as text)
     * @param employerNormalised its normalised form
     * @param siteCode     main site (GB/T 2260)
     * @param projectName  main project
     * @param cases        member cases
     * @param openCases    open member cases
     * @param workers      distinct workers
     * @param owedFen      total owed, fen
     * @param recoveredFen total recovered, fen
     * @param flags        flags with reasons
     * @param caseIds      member case ids (detail only)
     */
    public record GroupDto(long id, String label, String employerNormalised, String siteCode, String projectName,
                           int cases, int openCases, int workers, long owedFen, long recoveredFen,
                           List<FlagDto> flags, List<Long> caseIds) {
        static GroupDto of(GroupService.GroupSummary s) {
            return new GroupDto(s.id(), s.label(), s.employerNormalised(), s.siteCode(), s.projectName(), s.cases(),
                    s.openCases(), s.workers(), s.owedFen(), s.recoveredFen(),
                    s.flags().stream().map(FlagDto::of).toList(), s.caseIds());
        }
    }

    /**
     * An audit row of the group.
     *
     * @param action       LINKED, UNLINKED, MERGED or SPLIT
     * @param groupId      the group changed
     * @param caseIds      the cases concerned, comma-separated
     * @param otherGroupId the other group of a merge, split or move
     * @param by           staff user or "system"
     * @param at           when, UTC
     * @param reason       staff's reason (render as text)
     */
    public record AuditDto(String action, long groupId, String caseIds, Long otherGroupId, String by, Instant at,
                           String reason) {
        static AuditDto of(GroupAuditEntry e) {
            return new AuditDto(e.action().name(), e.groupId(), e.caseIds(), e.otherGroupId(), e.byUser(), e.at(),
                    e.reason());
        }
    }

    /**
     * A group with its cases and audit trail.
     *
     * @param group   the summary
     * @param members the cases the caller sees
     * @param audit   the audit rows, oldest first
     */
    public record GroupDetailDto(GroupDto group, List<GroupService.MemberView> members, List<AuditDto> audit) {
        static GroupDetailDto of(GroupService.GroupDetail d) {
            return new GroupDetailDto(GroupDto.of(d.summary()), d.members(),
                    d.audit().stream().map(AuditDto::of).toList());
        }
    }

    /**
     * Body of a merge.
     *
     * @param groupId the group merged into this one
     * @param reason  why (optional)
     */
    public record MergeInput(Long groupId, String reason) { }

    /**
     * Body of a split.
     *
     * @param caseIds the cases that go to a new group
     * @param reason  why (optional)
     */
    public record SplitInput(List<Long> caseIds, String reason) { }

    /**
     * @param limitText  at most this many (default 100, max 500)
     * @param offsetText rows to skip (default 0)
     * @param caseText   only the group of this case (with its case ids), when given
     * @return groups ranked by workers, then amount owed
     */
    @GET
    @Operation(summary = "Collective groups, most workers then most owed first; ?case= the group of one case")
    public List<GroupDto> list(@QueryParam("limit") String limitText, @QueryParam("offset") String offsetText,
                               @QueryParam("case") String caseText) {
        if (caseText != null && !caseText.isBlank()) {
            long caseId;
            try {
                caseId = Long.parseLong(caseText.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInput(Map.of("case", "a case id"));
            }
            return groups.groupOfCase(caller(), caseId).map(GroupDto::of).stream().toList();
        }
        int limit = QueryLimits.parse(limitText, 100, GroupService.MAX_LIMIT);
        int offset = offsetText == null || offsetText.isBlank() ? 0 : parseOffset(offsetText);
        return groups.list(caller(), offset, limit).stream().map(GroupDto::of).toList();
    }

    /** @param id group id @return the group with its cases, flags and audit trail */
    @GET
    @Path("{id}")
    @Operation(summary = "One group: summary, flags with reasons, member cases, audit trail")
    public GroupDetailDto get(@PathParam("id") long id) {
        return GroupDetailDto.of(groups.detail(caller(), id));
    }

    /** @param id the group that stays @param in the group merged into it @return the merged group */
    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Staff merge another group into this one (audited)")
    public GroupDetailDto merge(@PathParam("id") long id, MergeInput in) {
        if (in == null || in.groupId() == null) {
            throw new InvalidInput(Map.of("groupId", "the group to merge into this one"));
        }
        return GroupDetailDto.of(groups.merge(caller(), id, in.groupId(), in.reason()));
    }

    /** @param id the group @param in the cases to split off @return the new group */
    @POST
    @Path("{id}/split")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Staff split cases off a group into a new one (audited)")
    public GroupDetailDto split(@PathParam("id") long id, SplitInput in) {
        if (in == null || in.caseIds() == null) {
            throw new InvalidInput(Map.of("caseIds", "the cases to split off"));
        }
        return GroupDetailDto.of(groups.split(caller(), id, in.caseIds(), in.reason()));
    }

    private static int parseOffset(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(Map.of("offset", "a whole number ≥ 0"));
        }
    }

    private CaseAccess.Caller caller() {
        return new CaseAccess.Caller(security.getUserPrincipal().getName(), security::isUserInRole);
    }
}
