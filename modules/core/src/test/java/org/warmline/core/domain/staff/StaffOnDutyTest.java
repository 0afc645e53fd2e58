package org.warmline.core.domain.staff;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Issue 10: who counts as "staff on duty" at a help centre. */
class StaffOnDutyTest {

    private static final Instant T0 = Instant.parse("2026-12-01T01:00:00Z");

    private static StaffUser user(StaffUser.Role role, String centre) {
        StaffUser u = new StaffUser("u", "hash", EnumSet.of(role), T0);
        u.moveToCentre(centre);
        return u;
    }

    @Test
    void anEnabledOperatorOfTheCentreIsOnDutyUntilTheySwitchToOffDuty() {
        StaffUser u = user(StaffUser.Role.OPERATOR, "GD");
        assertTrue(u.isOnDutyOperatorOf("GD"), "a new operator is on duty");
        assertFalse(u.isOnDutyOperatorOf("AH"), "only at their own centre");
        u.setOnDuty(false, T0);
        assertFalse(u.isOnDutyOperatorOf("GD"));
        u.setOnDuty(true, T0);
        assertTrue(u.isOnDutyOperatorOf("GD"));
    }

    @Test
    void aDisabledAccountOrOneWithoutTheOperatorRoleIsNeverStaffOnDuty() {
        StaffUser disabled = user(StaffUser.Role.OPERATOR, "GD");
        disabled.setEnabled(false, T0);
        assertFalse(disabled.isOnDutyOperatorOf("GD"));
        assertFalse(user(StaffUser.Role.COORDINATOR, "GD").isOnDutyOperatorOf("GD"));
        assertFalse(user(StaffUser.Role.LEGAL_AID, "GD").isOnDutyOperatorOf("GD"));
    }
}
