package gov.dot.fmcsa.nationalregistry.application.settings;

import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import gov.dot.fmcsa.nationalregistry.domain.settings.RegistrySetting;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Whether "Transfer or Create Account" is open for each account type (docs/product.md flow 2: "functionality
 * will be available at a later date"). Read from the database at every use, so that a change takes
 * effect at once, without a redeploy; the settings are {@code transfer.open.<ACCOUNT_TYPE>} rows of
 * {@code registry_setting} with the value {@code true} or {@code false}.
 */
// Anyone: the public transfer form asks which account types are open.
@PermitAll
@Stateless
public class TransferSettings {

    private static final String PREFIX = "transfer.open.";

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    /** The key of the setting that opens or closes transfer for {@code type}. */
    public static String keyOf(AccountType type) {
        return PREFIX + type.name();
    }

    /** True when people may ask to transfer accounts of this type; never for administrators. */
    public boolean isOpen(AccountType type) {
        RegistrySetting setting = em.find(RegistrySetting.class, keyOf(type));
        return type.isTransferable() && setting != null && Boolean.parseBoolean(setting.value());
    }

    /** The account types that may be transferred now. */
    public Set<AccountType> openTypes() {
        Set<AccountType> open = EnumSet.noneOf(AccountType.class);
        em.createQuery("SELECT s FROM RegistrySetting s WHERE s.key LIKE :prefix", RegistrySetting.class)
                .setParameter("prefix", PREFIX + "%")
                .getResultStream()
                .filter(setting -> Boolean.parseBoolean(setting.value()))
                .map(setting -> setting.key().substring(PREFIX.length()))
                .filter(name -> Arrays.stream(AccountType.values()).anyMatch(type -> type.name().equals(name)))
                .map(AccountType::valueOf)
                .filter(AccountType::isTransferable)
                .forEach(open::add);
        return open;
    }
}
