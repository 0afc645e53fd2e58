package org.warmline.webapp.interfaces.console;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmline.core.application.AuditLog;
import org.warmline.core.application.HelpCentres;
import org.warmline.core.application.StaffDirectory;
import org.warmline.core.domain.centre.HelpCentre;
import org.warmline.core.domain.staff.StaffUser;
import org.warmline.webapp.security.StaffAuthentication;

/** Who is signed in, with the session's CSRF token ({@code GET /api/session}), and sign-out. */
@Path("/api/session")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({"OPERATOR", "COORDINATOR", "LEGAL_AID", "JOB_COUNSELOR", "SUPERVISOR", "ADMIN"})
@Tag(name = "session", description = "Console session")
public class SessionResource {

    /**
     * @param username       user name
     * @param roles          roles
     * @param centre         help centre
     * @param csrfToken      the token to send in X-CSRF-Token with every change (null for HTTP Basic)
     * @param sessionTimeout idle seconds before the session ends (0 for HTTP Basic)
     * @param onDuty         the user's 在岗 / 离岗 switch (an operator on duty counts as staff on duty of their centre)
     * @param centreNameZh   the help centre's Chinese name (shown instead of its code), or null
     * @param centreNameEn   the help centre's English name, or null
     */
    public record SessionDto(String username, Set<String> roles, String centre, String csrfToken, int sessionTimeout,
                             boolean onDuty, String centreNameZh, String centreNameEn) { }

    /** @param onDuty true for 在岗 (on duty), false for 离岗 (off duty) */
    public record DutyBody(Boolean onDuty) { }

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @Inject
    StaffDirectory staff;

    @Inject
    AuditLog audit;

    @Inject
    HelpCentres centres;

    /** @return the signed-in user and the CSRF token of the session */
    @GET
    @Operation(summary = "The signed-in staff user, roles, centre and the session's CSRF token")
    public SessionDto me() {
        String name = security.getUserPrincipal().getName();
        StaffUser user = staff.byUsername(name).orElseThrow();
        Set<String> roles = new TreeSet<>();
        user.roles().forEach(r -> roles.add(r.name()));
        HttpSession session = request.getSession(false);
        boolean isSession = "session".equals(request.getAttribute(StaffAuthentication.AUTH_KIND)) && session != null;
        Optional<HelpCentre> centre = centres.byCode(user.centreCode());
        return new SessionDto(name, roles, user.centreCode(),
                isSession ? (String) session.getAttribute(StaffAuthentication.SESSION_CSRF) : null,
                isSession ? session.getMaxInactiveInterval() : 0, user.onDuty(),
                centre.map(HelpCentre::nameZh).orElse(null), centre.map(HelpCentre::nameEn).orElse(null));
    }

    /**
     * The signed-in user's on-duty switch (issue 10, "nobody unseen"): while no operator of a centre is on
     * duty, conversations routed there climb to its parent centre. Audited.
     *
     * @param body {@code {"onDuty": true|false}}
     * @return the session with the new state
     * @throws IllegalArgumentException (400) without onDuty
     */
    @POST
    @Path("duty")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Switch oneself on duty (在岗) or off duty (离岗); audited")
    public SessionDto duty(DutyBody body) {
        if (body == null || body.onDuty() == null) {
            throw new IllegalArgumentException("onDuty (true or false) is required");
        }
        String name = security.getUserPrincipal().getName();
        staff.setOnDuty(name, body.onDuty());
        audit.record(name, body.onDuty() ? "staff.on-duty" : "staff.off-duty", "staff-user", name, null);
        return me();
    }

    /** @return 204; the session is over */
    @POST
    @Path("logout")
    @Operation(summary = "Sign out of the console (ends the session)")
    public Response logout() {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        try {
            request.logout();
        } catch (ServletException e) {
            // the session is gone either way
        }
        return Response.noContent().build();
    }
}
