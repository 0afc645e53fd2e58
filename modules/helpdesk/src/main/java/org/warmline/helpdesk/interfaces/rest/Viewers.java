package org.warmline.helpdesk.interfaces.rest;

import jakarta.ws.rs.core.SecurityContext;
import org.warmline.core.application.StaffDirectory;
import org.warmline.core.domain.staff.StaffUser;
import org.warmline.helpdesk.application.Viewer;

/** Who calls the helpdesk API, as the application services take it. */
final class Viewers {

    private Viewers() {
    }

    /**
     * @param security the request's security context (a signed-in member of staff)
     * @param staff    the staff directory
     * @return the signed-in member of staff: their centre (HQ if unknown), and whether they see every centre
     *         (supervisors and admins)
     */
    static Viewer of(SecurityContext security, StaffDirectory staff) {
        String name = security.getUserPrincipal().getName();
        String centre = staff.byUsername(name).map(StaffUser::centreCode).orElse("HQ");
        return new Viewer(name, centre, security.isUserInRole("SUPERVISOR") || security.isUserInRole("ADMIN"));
    }
}
