package org.warmline.helpdesk.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmline.core.application.HelpCentres;
import org.warmline.core.application.StaffDirectory;
import org.warmline.core.domain.staff.StaffUser;
import org.warmline.helpdesk.application.TicketService;
import org.warmline.helpdesk.application.Viewer;
import org.warmline.helpdesk.domain.CannedReply;

/**
 * The operators' console directory ({@code /api/helpdesk/colleagues}, {@code centres}, {@code canned-replies}):
 * who a conversation can be assigned to, the help centres with their regions and pick-up times, and the canned
 * replies of the reply box. Colleagues are those of the viewer's centre (supervisors and admins: everyone).
 */
@Path("/api/helpdesk")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({"OPERATOR", "COORDINATOR", "LEGAL_AID", "JOB_COUNSELOR", "SUPERVISOR", "ADMIN"})
@Tag(name = "helpdesk", description = "Operators' triage")
public class DirectoryResource {

    /** @param id id @param language zh/en @param title title @param body text */
    public record CannedDto(long id, String language, String title, String body) { }

    /** @param username user name @param centre centre @param roles roles */
    public record ColleagueDto(String username, String centre, Set<String> roles) { }

    /**
     * @param code                centre code
     * @param nameZh              Chinese name
     * @param nameEn              English name
     * @param regions             region code prefixes
     * @param parent              the parent centre's code (where unseen conversations climb to), or null
     * @param urgentPickupSeconds the centre's own urgent pick-up time, or null for the default
     * @param normalPickupSeconds the centre's own normal pick-up time, or null for the default
     * @param urgentPickupEffectiveSeconds the urgent pick-up time in force (own or default), seconds
     * @param normalPickupEffectiveSeconds the normal pick-up time in force (own or default), seconds
     */
    public record CentreDto(String code, String nameZh, String nameEn, List<String> regions, String parent,
                            Integer urgentPickupSeconds, Integer normalPickupSeconds,
                            long urgentPickupEffectiveSeconds, long normalPickupEffectiveSeconds) { }

    @Inject
    TicketService tickets;

    @Inject
    StaffDirectory staff;

    @Inject
    HelpCentres centres;

    @Context
    SecurityContext security;

    /** @param language zh or en (optional) @return canned replies */
    @GET
    @Path("canned-replies")
    @Operation(summary = "Canned replies for the reply box")
    public List<CannedDto> canned(@QueryParam("language") String language) {
        List<CannedReply> list = tickets.cannedReplies(language == null || language.isBlank() ? null : language);
        return list.stream().map(c -> new CannedDto(c.id(), c.language(), c.title(), c.body())).toList();
    }

    /** @return active staff the viewer can assign to (their centre; supervisors: everyone) */
    @GET
    @Path("colleagues")
    @Operation(summary = "Staff one may assign a conversation to")
    public List<ColleagueDto> colleagues() {
        Viewer v = Viewers.of(security, staff);
        return staff.all().stream().filter(StaffUser::enabled)
                .filter(u -> v.seesAll() || u.centreCode().equals(v.centreCode()))
                .map(u -> new ColleagueDto(u.username(), u.centreCode(),
                        u.roles().stream().map(Enum::name).collect(Collectors.toCollection(LinkedHashSet::new))))
                .toList();
    }

    /** @return the help centres */
    @GET
    @Path("centres")
    @Operation(summary = "Help centres and the regions they serve")
    public List<CentreDto> centres() {
        return centres.all().stream().map(c -> new CentreDto(c.code(), c.nameZh(), c.nameEn(), c.regions(),
                c.parentCode(), c.urgentPickupSeconds(), c.normalPickupSeconds(),
                centres.pickupTime(c.code(), true).toSeconds(), centres.pickupTime(c.code(), false).toSeconds())).toList();
    }
}
