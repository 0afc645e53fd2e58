package org.warmline.webapp.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.warmline.core.application.StaffDirectory;
import org.warmline.core.domain.staff.StaffUser;

/**
 * Jakarta Security identity store over the staff accounts in the database: checks the password
 * against its PBKDF2 hash (Pbkdf2PasswordHash) and gives the account's roles as groups.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(StaffIdentityStore.class.getName());

    @Inject
    StaffDirectory staff;

    @Inject
    Pbkdf2PasswordHash hash;

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
        Optional<StaffUser> user = staff.byUsername(login.getCaller());
        if (user.isEmpty() || !user.get().enabled()
                || !hash.verify(login.getPasswordAsString().toCharArray(), user.get().passwordHash())) {
            LOG.warning(() -> "Failed sign-in for user name of " + login.getCaller().length() + " characters");
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(user.get().username(),
                user.get().roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }
}
