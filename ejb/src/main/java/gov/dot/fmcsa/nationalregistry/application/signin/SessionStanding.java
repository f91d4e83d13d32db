package gov.dot.fmcsa.nationalregistry.application.signin;

import gov.dot.fmcsa.nationalregistry.application.account.RegistryAccounts;
import gov.dot.fmcsa.nationalregistry.application.security.AccountRoles;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.account.RegistryAccount;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a signed-in session may go on, asked on every request: an administrator's lock or
 * unlink ends the account's sessions at once, and a granted or revoked role applies from the next
 * request, on whichever node serves it (nothing is kept in memory).
 */
// Anyone: asked on every request before the caller is known (SessionAuthenticationMechanism).
@PermitAll
@Stateless
public class SessionStanding {

    @Inject
    private RegistryAccounts accounts;

    @Inject
    private AccountRoles roles;

    /**
     * The roles the account with {@code number} has now, or nothing when its session must end:
     * the account is locked, no longer linked to login.gov, or gone.
     */
    public Optional<Set<String>> rolesNow(NationalRegistryNumber number) {
        return accounts.byNumber(number)
                .filter(RegistryAccount::canSignIn)
                .map(roles::of);
    }
}
