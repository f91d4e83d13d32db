package gov.dot.fmcsa.nationalregistry.application.security;

import gov.dot.fmcsa.nationalregistry.domain.account.RegistryAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;

/** The container roles an account has now: the one of its type, and {@code ADMINISTRATOR} if granted. */
@ApplicationScoped
public class AccountRoles {

    @Inject
    private Administrators administrators;

    /** The roles of {@code account} ({@link Roles}). */
    public Set<String> of(RegistryAccount account) {
        Set<String> roles = new HashSet<>();
        Roles.ofType(account.type()).ifPresent(roles::add);
        if (administrators.isAdministrator(account)) {
            roles.add(Roles.ADMINISTRATOR);
        }
        return roles;
    }
}
