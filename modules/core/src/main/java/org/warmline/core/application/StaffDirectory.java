package org.warmline.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
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
}
