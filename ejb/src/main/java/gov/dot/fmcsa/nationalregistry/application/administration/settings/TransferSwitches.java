package gov.dot.fmcsa.nationalregistry.application.administration.settings;

import gov.dot.fmcsa.nationalregistry.application.administration.ActingAdministrator;
import gov.dot.fmcsa.nationalregistry.application.audit.AuditLog;
import gov.dot.fmcsa.nationalregistry.application.security.Roles;
import gov.dot.fmcsa.nationalregistry.application.settings.TransferSettings;
import gov.dot.fmcsa.nationalregistry.application.versioning.ChangedMeanwhileException;
import gov.dot.fmcsa.nationalregistry.application.versioning.SeenVersions;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import gov.dot.fmcsa.nationalregistry.domain.administration.Reason;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditAction;
import gov.dot.fmcsa.nationalregistry.domain.settings.RegistrySetting;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Opening and closing "Transfer or Create Account" per account type (docs/product.md flow 2: "available at a
 * later date"): the {@code transfer.open.<TYPE>} settings that {@link TransferSettings} reads at
 * every transfer request, so a change applies to the next request, on every node.
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class TransferSwitches {


    @Resource
    private SessionContext caller;

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Inject
    private SeenVersions seenVersions;

    @Inject
    private AuditLog audit;

    /** Each account type that transfers (administrators never do), and whether it is open now. */
    public List<TransferSwitch> switches() {
        return Arrays.stream(AccountType.values()).filter(AccountType::isTransferable).map(this::switchOf).toList();
    }

    /**
     * Opens or closes transfer for {@code type}, and audits it with the reason.
     *
     * @param version the setting's version the administrator saw ({@link TransferSwitch#version()})
     * @throws ChangedMeanwhileException when the setting changed since (nothing changes)
     * @throws IllegalArgumentException for {@link AccountType#ADMINISTRATOR}, whose transfer never opens
     */
    public void change(AccountType type, boolean open, long version, Reason reason) {
        if (!type.isTransferable()) {
            throw new IllegalArgumentException("transfer never opens for " + type);
        }
        RegistrySetting setting = em.find(RegistrySetting.class, TransferSettings.keyOf(type));
        String what = "the transfer setting of " + type;
        if (setting != null) {
            seenVersions.require(setting, version, what);
            setting.change(Boolean.toString(open), Instant.now());
        } else if (version == 0L) { // never set: the page showed it closed, at version 0 (switchOf)
            em.persist(new RegistrySetting(TransferSettings.keyOf(type), Boolean.toString(open), Instant.now()));
        } else {
            throw new ChangedMeanwhileException(what);
        }
        audit.recordAdministration(ActingAdministrator.of(caller), AuditAction.TRANSFER_SETTING_CHANGED, null,
                "transfer " + (open ? "opened" : "closed") + " for " + type, reason);
    }

    private TransferSwitch switchOf(AccountType type) {
        return Optional.ofNullable(em.find(RegistrySetting.class, TransferSettings.keyOf(type)))
                .map(setting -> new TransferSwitch(type, Boolean.parseBoolean(setting.value()), setting.version(),
                        setting.updatedAt()))
                .orElseGet(() -> new TransferSwitch(type, false, 0L, null));
    }
}
