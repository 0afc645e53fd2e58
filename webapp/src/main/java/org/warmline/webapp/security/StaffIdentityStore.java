package org.warmline.webapp.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.warmline.core.application.AuditLog;
import org.warmline.core.application.StaffDirectory;
import org.warmline.core.domain.staff.StaffUser;

/**
 * Jakarta Security identity store over the staff accounts in the database: checks the password
 * against its PBKDF2 hash (Pbkdf2PasswordHash) and gives the account's roles as groups. Guessing is
 * slowed down: after {@value #MAX_FAILURES} failed sign-ins for one user name, that name is refused
 * (even with the right password) until {@value #LOCK_MINUTES} minutes pass without another failure
 * (OWASP Authentication Cheat Sheet, "Account lockout"); the console and the API share the count.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(StaffIdentityStore.class.getName());

    /** Failed sign-ins after which a user name is refused. */
    static final int MAX_FAILURES = 5;

    /** Minutes after the last failure until a refused user name may try again. */
    static final int LOCK_MINUTES = 15;

    /** Failures per user name; an entry disappears {@value #LOCK_MINUTES} minutes after its last failure. */
    private final Cache<String, AtomicInteger> failures = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(LOCK_MINUTES)).maximumSize(100_000).build();

    @Inject
    StaffDirectory staff;

    @Inject
    AuditLog audit;

    @Inject
    Pbkdf2PasswordHash hash;

    /**
     * @param username a user name as typed
     * @return whether sign-ins for it are refused now ({@value #MAX_FAILURES} failures in a row, less than
     *         {@value #LOCK_MINUTES} minutes ago), so the page can say so instead of "wrong password"
     */
    public boolean locked(String username) {
        AtomicInteger failed = username == null ? null : failures.getIfPresent(username);
        return failed != null && failed.get() >= MAX_FAILURES;
    }

    /**
     * @param credential a username/password credential
     * @return VALID with the roles as groups, or INVALID (unknown user, disabled, wrong password),
     *         or NOT_VALIDATED for other credential types
     */
    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String name = login.getCaller();
        if (locked(name)) {
            LOG.warning(() -> "Sign-in refused: " + MAX_FAILURES + " failures in a row for a user name of "
                    + name.length() + " characters, locked for " + LOCK_MINUTES + " minutes");
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<StaffUser> user = staff.byUsername(name);
        if (user.isEmpty() || !user.get().enabled()
                || !hash.verify(login.getPasswordAsString().toCharArray(), user.get().passwordHash())) {
            LOG.warning(() -> "Failed sign-in for user name of " + name.length() + " characters");
            // re-put to restart the lock period at each failure
            AtomicInteger count = failures.get(name, k -> new AtomicInteger());
            if (count.incrementAndGet() == MAX_FAILURES && user.isPresent()) {
                // on record for supervisors; only for real accounts (a typed name may be anything)
                audit.recordRefusal(name, "staff.locked", "staff-user", name,
                        MAX_FAILURES + " failed sign-ins; refused for " + LOCK_MINUTES + " minutes");
            }
            failures.put(name, count);
            return CredentialValidationResult.INVALID_RESULT;
        }
        failures.invalidate(name);
        return new CredentialValidationResult(user.get().username(),
                user.get().roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }
}
