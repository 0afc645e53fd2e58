package org.warmline.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.warmline.core.domain.staff.StaffUser;

/** Staff accounts: look-up for sign-in, creation and password reset; owner of {@code wk_staff_user}. */
@ApplicationScoped
@Transactional
public class StaffDirectory {

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    @Inject
    Clock clock;

    /** @param username sign-in name @return the account, if any */
    public Optional<StaffUser> byUsername(String username) {
        return em.createQuery("select s from StaffUser s where s.username = :u", StaffUser.class)
                .setParameter("u", username).getResultStream().findFirst();
    }

    /**
     * Creates the account, or resets the password hash of an existing one (its roles stay).
     *
     * @param username     sign-in name
     * @param passwordHash PBKDF2 hash of the password
     * @param roles        roles for a new account
     * @return the stored account
     */
    public StaffUser createOrResetPassword(String username, String passwordHash, Set<StaffUser.Role> roles) {
        Optional<StaffUser> existing = byUsername(username);
        if (existing.isPresent()) {
            existing.get().changePasswordHash(passwordHash);
            return existing.get();
        }
        StaffUser user = new StaffUser(username, passwordHash, roles, clock.instant());
        em.persist(user);
        return user;
    }

    /** @return every account, by user name */
    public List<StaffUser> all() {
        return em.createQuery("select s from StaffUser s order by s.username", StaffUser.class).getResultList();
    }

    /**
     * Creates a new account.
     *
     * @param username     sign-in name (letters, digits, . _ -; 1..64)
     * @param passwordHash PBKDF2 hash of the password
     * @param roles        at least one role
     * @param centreCode   the user's help centre
     * @return the stored account
     * @throws IllegalArgumentException if the name is taken or invalid
     */
    public StaffUser create(String username, String passwordHash, Set<StaffUser.Role> roles, String centreCode) {
        if (username == null || !username.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("user name must be 1..64 letters, digits, '.', '_' or '-'");
        }
        if (byUsername(username).isPresent()) {
            throw new IllegalArgumentException("user name already taken: " + username);
        }
        StaffUser user = new StaffUser(username, passwordHash, roles, clock.instant());
        user.moveToCentre(centreCode);
        em.persist(user);
        return user;
    }

    /**
     * @param username the account
     * @param enabled  whether it may sign in
     * @return the account
     * @throws IllegalArgumentException if there is no such account
     */
    public StaffUser setEnabled(String username, boolean enabled) {
        StaffUser user = byUsername(username).orElseThrow(() -> new IllegalArgumentException("no such user: " + username));
        user.setEnabled(enabled, clock.instant());
        return user;
    }

    /**
     * @param username     the account
     * @param passwordHash the new hash
     * @return the account
     * @throws IllegalArgumentException if there is no such account
     */
    public StaffUser resetPassword(String username, String passwordHash) {
        StaffUser user = byUsername(username).orElseThrow(() -> new IllegalArgumentException("no such user: " + username));
        user.changePasswordHash(passwordHash);
        return user;
    }

    /**
     * @param username   the account
     * @param centreCode its new help centre
     * @return the account
     * @throws IllegalArgumentException if there is no such account
     */
    public StaffUser moveToCentre(String username, String centreCode) {
        StaffUser user = byUsername(username).orElseThrow(() -> new IllegalArgumentException("no such user: " + username));
        user.moveToCentre(centreCode);
        return user;
    }

    /**
     * @param username the account
     * @param onDuty   在岗 (true) or 离岗 (false)
     * @return the account
     * @throws IllegalArgumentException if there is no such account
     */
    public StaffUser setOnDuty(String username, boolean onDuty) {
        StaffUser user = byUsername(username).orElseThrow(() -> new IllegalArgumentException("no such user: " + username));
        user.setOnDuty(onDuty, clock.instant());
        return user;
    }

    /**
     * @param username the account
     * @param roles    the new roles, at least one
     * @return the account
     * @throws IllegalArgumentException if there is no such account or no role
     */
    public StaffUser changeRoles(String username, Set<StaffUser.Role> roles) {
        StaffUser user = byUsername(username).orElseThrow(() -> new IllegalArgumentException("no such user: " + username));
        user.changeRoles(roles);
        return user;
    }
}
