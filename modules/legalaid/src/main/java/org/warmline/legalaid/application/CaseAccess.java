package org.warmline.legalaid.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.warmline.core.application.AuditLog;
import org.warmline.core.application.HelpCentres;
import org.warmline.core.application.StaffDirectory;
import org.warmline.core.domain.centre.HelpCentre;
import org.warmline.core.domain.refusal.Forbidden;
import org.warmline.core.domain.staff.StaffUser;
import org.warmline.core.domain.text.SafeText;
import org.warmline.legalaid.domain.WageCase;

/**
 * Who may see legal-aid cases (issue 12, point 7; LEGALAID.md "Access"): legal-aid staff ({@code LEGAL_AID}) and
 * supervisors ({@code SUPERVISOR}) of the case's help centre or of a centre above it — the default centre (HQ,
 * regions {@code *}) sees every case — and admins ({@code ADMIN}) see all. Anybody else (transport
 * coordinators, job counsellors, operators) is refused with core's {@link Forbidden} ({@code case.forbidden},
 * 403), and the refusal is written to the audit log ({@code case.denied}) in a transaction of its own. Every
 * successful read of a case is audited too ({@code case.read}).
 */
@ApplicationScoped
public class CaseAccess {

    /** Roles that may work on cases at all. */
    public static final List<String> CASE_ROLES = List.of("LEGAL_AID", "SUPERVISOR", "ADMIN");

    /** The refusal's rule code. */
    public static final String FORBIDDEN = "case.forbidden";

    /**
     * The signed-in caller.
     *
     * @param username staff user name
     * @param inRole   whether they hold a role (e.g. JAX-RS {@code SecurityContext::isUserInRole})
     */
    public record Caller(String username, Predicate<String> inRole) { }

    @Inject
    StaffDirectory staff;

    @Inject
    HelpCentres centres;

    @Inject
    AuditLog audit;

    /**
     * @param caller who asks
     * @return the help centres whose cases they see, empty for "every case" (admins, and case staff of the
     *         default centre)
     * @throws Forbidden ({@code case.forbidden}, audited) if they hold no case role
     */
    public Optional<Set<String>> visibleCentres(Caller caller) {
        requireCaseRole(caller, "list");
        if (caller.inRole().test("ADMIN")) {
            return Optional.empty();
        }
        String own = ownCentre(caller);
        if (own.equals(centres.defaultCentre())) {
            return Optional.empty();
        }
        Set<String> seen = new HashSet<>();
        seen.add(own);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (HelpCentre c : centres.all()) {
                if (c.parentCode() != null && seen.contains(c.parentCode()) && seen.add(c.code())) {
                    grew = true;
                }
            }
        }
        return Optional.of(Set.copyOf(seen));
    }

    /**
     * @param caller   who asks
     * @param wageCase the case
     * @return whether they may see it (no audit line)
     */
    public boolean sees(Caller caller, WageCase wageCase) {
        if (CASE_ROLES.stream().noneMatch(caller.inRole())) {
            return false;
        }
        if (caller.inRole().test("ADMIN")) {
            return true;
        }
        Optional<Set<String>> visible = visibleCentres(caller);
        return visible.isEmpty() || wageCase.centreId() != null && visible.get().contains(wageCase.centreId());
    }

    /**
     * Checks and audits one access to a case.
     *
     * @param caller   who asks
     * @param wageCase the case
     * @param action   what they do, e.g. "case.read", "case.step"
     * @return the case
     * @throws Forbidden ({@code case.forbidden}, audited as {@code case.denied}) unless {@link #sees}
     */
    public WageCase check(Caller caller, WageCase wageCase, String action) {
        if (!sees(caller, wageCase)) {
            deny(caller, action, String.valueOf(wageCase.id()));
        }
        audit.record(caller.username(), action, "case", String.valueOf(wageCase.id()), null);
        return wageCase;
    }

    /**
     * @param caller    who asks
     * @param subjectId the case id, "list" or "new"
     * @throws Forbidden ({@code case.forbidden}, audited) if the caller holds none of {@link #CASE_ROLES}
     */
    public void requireCaseRole(Caller caller, String subjectId) {
        if (CASE_ROLES.stream().noneMatch(caller.inRole())) {
            deny(caller, "case.access", subjectId);
        }
    }

    /**
     * Writes one line of the audit log for a successful access that is not one case (the queue).
     *
     * @param caller    who
     * @param action    what, e.g. "case.list"
     * @param subjectId what it concerned, e.g. "list"
     * @param detail    more (case ids, never personal data), cut to 400 characters
     */
    public void audit(Caller caller, String action, String subjectId, String detail) {
        audit.record(caller.username(), action, "case", subjectId, SafeText.cut(detail, 400));
    }

    private void deny(Caller caller, String action, String subjectId) {
        String roles = String.join(",", java.util.Arrays.stream(StaffUser.Role.values()).map(Enum::name)
                .filter(caller.inRole()).toList());
        // AuditLog.recordRefusal commits on its own: the 403 that follows rolls the caller's transaction back
        audit.recordRefusal(caller.username(), "case.denied", "case", subjectId,
                SafeText.cut("denied " + action + " to roles " + roles + " of centre " + ownCentre(caller), 400));
        throw new Forbidden(FORBIDDEN, "case " + subjectId + " is not for this user (" + action + ")");
    }

    private String ownCentre(Caller caller) {
        return staff.byUsername(caller.username()).map(StaffUser::centreCode).orElseGet(centres::defaultCentre);
    }
}
