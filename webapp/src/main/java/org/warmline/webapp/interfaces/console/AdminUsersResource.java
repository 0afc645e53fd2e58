package org.warmline.webapp.interfaces.console;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmline.core.application.AuditLog;
import org.warmline.core.application.HelpCentres;
import org.warmline.core.application.StaffDirectory;
import org.warmline.core.domain.staff.StaffUser;

/**
 * Staff accounts for admins ({@code /api/admin/users}): list, add, disable/enable, reset password,
 * change roles and centre. Passwords are stored only as PBKDF2 hashes; a generated password is shown
 * once in the answer. Every change is in the audit log.
 */
@Path("/api/admin/users")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed("ADMIN")
@Tag(name = "admin", description = "Staff accounts")
public class AdminUsersResource {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * @param username  user name
     * @param roles     roles
     * @param centre    help centre
     * @param enabled   may sign in
     * @param createdAt created
     * @param onDuty    the user's 在岗 / 离岗 switch
     */
    public record UserDto(String username, Set<String> roles, String centre, boolean enabled, Instant createdAt,
                          boolean onDuty) { }

    /**
     * @param roles  the new roles (at least one of OPERATOR, COORDINATOR, LEGAL_AID, JOB_COUNSELOR, SUPERVISOR, ADMIN)
     * @param centre the help centre's code
     */
    public record ChangeUser(List<String> roles, String centre) { }

    /** @param user the account @param password the new password, shown only this once (null if the admin chose it) */
    public record UserWithPasswordDto(UserDto user, String password) { }

    /**
     * @param username user name (letters, digits, . _ -)
     * @param roles    roles
     * @param centre   help centre code (default HQ)
     * @param password a password of at least 10 characters, or null to generate one
     */
    public record NewUser(String username, List<String> roles, String centre, String password) { }

    /** @param password at least 10 characters, or null to generate one */
    public record PasswordBody(String password) { }

    /** @param centre a help centre code */
    public record CentreBody(String centre) { }

    @Inject
    StaffDirectory staff;

    @Inject
    HelpCentres centres;

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    AuditLog audit;

    @Context
    SecurityContext security;

    /** @return every account */
    @GET
    @Operation(summary = "List staff accounts (admins)")
    public List<UserDto> list() {
        return staff.all().stream().map(AdminUsersResource::dto).toList();
    }

    /** @param body the new account @return 201 with the account and, if generated, its password */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Add a staff account (admins); a password is generated unless given")
    public Response create(NewUser body) {
        if (body == null || body.roles() == null || body.roles().isEmpty()) {
            throw new IllegalArgumentException("username and at least one role are required");
        }
        Set<StaffUser.Role> roles = EnumSet.noneOf(StaffUser.Role.class);
        body.roles().forEach(r -> roles.add(StaffUser.Role.valueOf(r.trim().toUpperCase(Locale.ROOT))));
        String centre = body.centre() == null || body.centre().isBlank() ? centres.defaultCentre() : body.centre().trim();
        if (centres.byCode(centre).isEmpty()) {
            throw new IllegalArgumentException("no help centre " + centre);
        }
        String password = password(body.password());
        StaffUser user = staff.create(body.username(), hash.generate(password.toCharArray()), roles, centre);
        audit.record(actor(), "staff.create", "staff-user", user.username(), "roles " + roles + ", centre " + centre);
        return Response.status(201).entity(new UserWithPasswordDto(dto(user), body.password() == null ? password : null)).build();
    }

    /** @param username the account @return the account, disabled */
    @POST
    @Path("{username}/disable")
    @Transactional
    @Operation(summary = "Disable an account: it can no longer sign in; open sessions end at their next call")
    public UserDto disable(@PathParam("username") String username) {
        if (username.equals(actor())) {
            throw new IllegalArgumentException("an admin cannot disable their own account");
        }
        UserDto dto = dto(staff.setEnabled(username, false));
        audit.record(actor(), "staff.disable", "staff-user", username, null);
        return dto;
    }

    /** @param username the account @return the account, enabled */
    @POST
    @Path("{username}/enable")
    @Transactional
    @Operation(summary = "Enable an account again")
    public UserDto enable(@PathParam("username") String username) {
        UserDto dto = dto(staff.setEnabled(username, true));
        audit.record(actor(), "staff.enable", "staff-user", username, null);
        return dto;
    }

    /** @param username the account @param body the new password or nothing @return the account and generated password */
    @POST
    @Path("{username}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Reset a password (generated unless given; shown once)")
    public UserWithPasswordDto resetPassword(@PathParam("username") String username, PasswordBody body) {
        String given = body == null ? null : body.password();
        String password = password(given);
        StaffUser user = staff.resetPassword(username, hash.generate(password.toCharArray()));
        audit.record(actor(), "staff.password-reset", "staff-user", username, null);
        return new UserWithPasswordDto(dto(user), given == null ? password : null);
    }

    /** @param username the account @param body the centre @return the account */
    @POST
    @Path("{username}/centre")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Move a staff user to another help centre")
    public UserDto centre(@PathParam("username") String username, CentreBody body) {
        if (body == null || body.centre() == null || centres.byCode(body.centre().trim()).isEmpty()) {
            throw new IllegalArgumentException("a known help centre is required");
        }
        UserDto dto = dto(staff.moveToCentre(username, body.centre().trim()));
        audit.record(actor(), "staff.centre", "staff-user", username, "centre " + body.centre().trim());
        return dto;
    }

    /**
     * Changes a user's roles and help centre from the users page (issue 10, point 7).
     *
     * @param username the account
     * @param body     roles and centre
     * @return the account
     * @throws org.warmline.core.domain.refusal.InvalidInput (422, errors per field) for no or unknown roles,
     *         an unknown centre, or an admin taking away their own ADMIN role
     * @throws jakarta.ws.rs.NotFoundException (404) if there is no such account
     */
    @jakarta.ws.rs.PUT
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Change a user's roles and help centre (admins; 422 with errors per field; audited)")
    public UserDto change(@PathParam("username") String username, ChangeUser body) {
        StaffUser user = staff.byUsername(username)
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("no such user: " + username));
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        Set<StaffUser.Role> roles = EnumSet.noneOf(StaffUser.Role.class);
        if (body == null || body.roles() == null || body.roles().isEmpty()) {
            errors.put("roles", "at least one role");
        } else {
            for (String r : body.roles()) {
                try {
                    roles.add(StaffUser.Role.valueOf(String.valueOf(r).trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    errors.put("roles", "unknown role: " + r);
                }
            }
            if (username.equals(actor()) && !roles.contains(StaffUser.Role.ADMIN)) {
                errors.put("roles", "an admin cannot take away their own ADMIN role");
            }
        }
        String centre = body == null || body.centre() == null ? "" : body.centre().trim();
        if (centres.byCode(centre).isEmpty()) {
            errors.put("centre", "no such help centre");
        }
        if (!errors.isEmpty()) {
            throw new org.warmline.core.domain.refusal.InvalidInput(errors);
        }
        staff.changeRoles(username, roles);
        staff.moveToCentre(username, centre);
        audit.record(actor(), "staff.change", "staff-user", username, "roles " + roles + ", centre " + centre);
        return dto(user);
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }

    private static String password(String given) {
        if (given != null) {
            if (given.length() < 10) {
                throw new IllegalArgumentException("a password needs at least 10 characters");
            }
            return given;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private static UserDto dto(StaffUser u) {
        Set<String> roles = new TreeSet<>();
        u.roles().forEach(r -> roles.add(r.name()));
        return new UserDto(u.username(), roles, u.centreCode(), u.enabled(), u.createdAt(), u.onDuty());
    }
}
