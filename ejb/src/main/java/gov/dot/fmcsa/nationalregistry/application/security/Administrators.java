package gov.dot.fmcsa.nationalregistry.application.security;

import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.account.RegistryAccount;
import gov.dot.fmcsa.nationalregistry.domain.administration.AdministratorGrant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who holds the {@link Roles#ADMINISTRATOR} role: the first administrator, named by
 * {@code registry.first-administrator} (a National Registry number), and the accounts an
 * administrator granted the role to ({@link AdministratorGrant}).
 */
@ApplicationScoped
public class Administrators {

    private final Optional<NationalRegistryNumber> first;

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Inject
    Administrators(@ConfigProperty(name = "registry.first-administrator") Optional<String> configured) {
        this.first = configured.filter(text -> !text.isBlank()).map(NationalRegistryNumber::of);
    }

    /** No-argument constructor for the CDI proxy. */
    protected Administrators() {
        this.first = Optional.empty();
    }

    /** True when {@code account} is the configured first administrator. */
    public boolean isFirstAdministrator(RegistryAccount account) {
        return first.filter(account.number()::equals).isPresent();
    }

    /** The first administrator's number, when configuration names one. */
    public Optional<NationalRegistryNumber> first() {
        return first;
    }

    /** True when {@code account} holds the administrator role, by configuration or by a grant. */
    public boolean isAdministrator(RegistryAccount account) {
        return isFirstAdministrator(account)
                || em.createNamedQuery(AdministratorGrant.COUNT_OF_ACCOUNT, Long.class)
                        .setParameter("number", account.number())
                        .getSingleResult() > 0;
    }
}
