package gov.dot.fmcsa.nationalregistry.application.security;

import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.account.RegistryAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who holds the {@link Roles#ADMINISTRATOR} role. For now that is the first administrator, named
 * by {@code registry.first-administrator} (a National Registry number); grants by administrators
 * come with the management console.
 */
@ApplicationScoped
public class Administrators {

    private final Optional<NationalRegistryNumber> first;

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

    /** True when {@code account} holds the administrator role. */
    public boolean isAdministrator(RegistryAccount account) {
        return isFirstAdministrator(account);
    }
}
