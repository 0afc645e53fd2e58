package org.warmline.core.domain.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A member of staff who signs in to the console or the API: hotline operator, transport coordinator,
 * legal-aid staff, job counsellor, supervisor or admin. The password is stored only as a PBKDF2 hash
 * (Jakarta Security's Pbkdf2PasswordHash format).
 */
@Entity
@Table(name = "wk_staff_user")
public class StaffUser {

    /** The roles a staff user can hold (issue: operator console). */
    public enum Role { OPERATOR, COORDINATOR, LEGAL_AID, JOB_COUNSELOR, SUPERVISOR, ADMIN }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wk_staff_user_seq")
    @SequenceGenerator(name = "wk_staff_user_seq", sequenceName = "wk_staff_user_seq", allocationSize = 50)
    private Long id;

    @Column(name = "username", nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(name = "roles", nullable = false, length = 200)
    private String roles;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "centre_code", nullable = false, length = 32)
    private String centreCode = "HQ";

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "on_duty", nullable = false)
    private boolean onDuty = true;

    /** For JPA. */
    protected StaffUser() {
    }

    /**
     * @param username     sign-in name, 1..64 characters
     * @param passwordHash the PBKDF2 hash of the password (never the password)
     * @param roles        at least one role
     * @param now          creation time
     * @throws IllegalArgumentException if the name is blank or no role is given
     */
    public StaffUser(String username, String passwordHash, Set<Role> roles, Instant now) {
        if (username == null || username.isBlank() || username.length() > 64) {
            throw new IllegalArgumentException("username must be 1..64 characters");
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("a staff user needs at least one role");
        }
        this.username = username;
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.roles = roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.enabled = true;
        this.createdAt = now;
    }

    /** @return sign-in name */
    public String username() {
        return username;
    }

    /** @return the stored PBKDF2 hash */
    public String passwordHash() {
        return passwordHash;
    }

    /** @param passwordHash a new PBKDF2 hash, e.g. after a reset */
    public void changePasswordHash(String passwordHash) {
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    }

    /** @return the user's roles */
    public Set<Role> roles() {
        return Arrays.stream(roles.split(",")).map(Role::valueOf)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** @return whether the user may sign in */
    public boolean enabled() {
        return enabled;
    }

    /** @return the help centre the user belongs to (default HQ) */
    public String centreCode() {
        return centreCode;
    }

    /** @return when the account was created */
    public Instant createdAt() {
        return createdAt;
    }

    /** @return id */
    public Long id() {
        return id;
    }

    /**
     * @param enabled whether the user may sign in
     * @param now     time of the change
     */
    public void setEnabled(boolean enabled, Instant now) {
        this.enabled = enabled;
        this.updatedAt = now;
    }

    /**
     * @return the user's own on-duty switch (在岗 / 离岗), on unless they (or an admin) switched it off;
     *         see {@link #isOnDutyOperatorOf} for what counts as "staff on duty"
     */
    public boolean onDuty() {
        return onDuty;
    }

    /** @param onDuty 在岗 (true) or 离岗 (false) @param now time of the change */
    public void setOnDuty(boolean onDuty, Instant now) {
        this.onDuty = onDuty;
        this.updatedAt = now;
    }

    /** @return whether the account may answer conversations: enabled and holding the OPERATOR role */
    public boolean isOperator() {
        return enabled && roles().contains(Role.OPERATOR);
    }

    /**
     * "Staff on duty" at a help centre (issue 10, "nobody unseen"), the one definition the routing, the
     * pick-up job and the dashboard use: an enabled account of that centre with the OPERATOR role (the
     * role that answers conversations) whose on-duty switch is on — the 在岗 / 离岗 toggle in the console's
     * header, on for a new account. An operator going home switches to 离岗; a conversation that nobody
     * picks up in time climbs to the parent centre anyway, so a forgotten switch delays it by at most the
     * centre's pick-up time.
     *
     * @param centre a centre's code
     * @return whether this user counts as staff on duty there
     */
    public boolean isOnDutyOperatorOf(String centre) {
        return isOperator() && onDuty && centreCode.equals(centre);
    }

    /** @param centreCode the user's help centre, 1..32 characters */
    public void moveToCentre(String centreCode) {
        if (centreCode == null || centreCode.isBlank() || centreCode.length() > 32) {
            throw new IllegalArgumentException("centre must be 1..32 characters");
        }
        this.centreCode = centreCode;
    }

    /** @param roles the new roles, at least one */
    public void changeRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("a staff user needs at least one role");
        }
        this.roles = roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}
