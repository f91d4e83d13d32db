package gov.dot.fmcsa.nationalregistry.application.administration.administrators;

import gov.dot.fmcsa.nationalregistry.application.account.RegistryAccounts;
import gov.dot.fmcsa.nationalregistry.application.audit.AuditLog;
import gov.dot.fmcsa.nationalregistry.application.security.Administrators;
import gov.dot.fmcsa.nationalregistry.application.security.Roles;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountStatus;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.account.RegistryAccount;
import gov.dot.fmcsa.nationalregistry.domain.administration.AdministratorGrant;
import gov.dot.fmcsa.nationalregistry.domain.administration.Reason;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditAction;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Who is an administrator, and the grants and revocations of the role (docs/product.md "Management console").
 * The acting administrator is the caller; every change is audited with its reason. A revocation
 * never leaves nobody able to sign in as administrator, even when two administrators revoke the
 * last two grants at once: both lock every grant first, so the second sees the first's outcome
 * ({@link #anotherCanSignInThan}, which locking and unlinking an administrator's account ask too).
 * Administrators only: others get {@link EJBAccessException}.
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class AdministratorRoster {


    @Resource
    private SessionContext caller;

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Inject
    private RegistryAccounts accounts;

    @Inject
    private Administrators administrators;

    @Inject
    private AuditLog audit;

    /** The first administrator (from configuration), then the granted ones, oldest grant first. */
    public List<AdministratorEntry> administrators() {
        List<AdministratorEntry> entries = new ArrayList<>();
        administrators.first().ifPresent(number -> entries.add(firstEntry(number)));
        em.createQuery("SELECT g FROM AdministratorGrant g JOIN FETCH g.account", AdministratorGrant.class)
                .getResultStream()
                .sorted(Comparator.comparing(AdministratorGrant::grantedAt))
                .map(grant -> new AdministratorEntry(grant.account().number(), grant.account().displayName(), false,
                        grant.grantedBy(), grant.grantedAt(), grant.account().canSignIn()))
                .forEach(entries::add);
        return entries;
    }

    /**
     * Grants the administrator role to the account {@code number}; it applies from that person's
     * next request.
     *
     * @throws AdministratorChangeRefusedException {@code UNKNOWN_NUMBER}, {@code NOT_LINKED},
     *         {@code LOCKED} or {@code ALREADY_ADMINISTRATOR}; nothing changes
     */
    public void grant(NationalRegistryNumber number, Reason reason) {
        RegistryAccount account = accounts.byNumber(number)
                .orElseThrow(() -> refused(AdministratorRefusal.UNKNOWN_NUMBER));
        if (account.status() != AccountStatus.LINKED) {
            throw refused(AdministratorRefusal.NOT_LINKED);
        }
        if (account.locked()) {
            throw refused(AdministratorRefusal.LOCKED);
        }
        if (administrators.isAdministrator(account)) {
            throw refused(AdministratorRefusal.ALREADY_ADMINISTRATOR);
        }
        em.persist(new AdministratorGrant(account, acting(), Instant.now()));
        audit.recordAdministration(acting(), AuditAction.ADMINISTRATOR_GRANTED, number, null, reason);
    }

    /**
     * Takes the granted administrator role from the account {@code number}, the caller's own
     * included, as long as someone else remains able to sign in as administrator. It applies from
     * that person's next request.
     *
     * @throws AdministratorChangeRefusedException {@code FIRST_ADMINISTRATOR}, {@code NOT_AN_ADMINISTRATOR}
     *         or {@code LAST_ADMINISTRATOR}; nothing changes
     */
    public void revoke(NationalRegistryNumber number, Reason reason) {
        if (administrators.first().filter(number::equals).isPresent()) {
            throw refused(AdministratorRefusal.FIRST_ADMINISTRATOR);
        }
        List<AdministratorGrant> grants = lockedGrants();
        AdministratorGrant revoked = grants.stream().filter(grant -> grant.account().number().equals(number))
                .findFirst().orElseThrow(() -> refused(AdministratorRefusal.NOT_AN_ADMINISTRATOR));
        if (!anotherCanSignIn(number, grants)) {
            throw refused(AdministratorRefusal.LAST_ADMINISTRATOR);
        }
        em.remove(revoked);
        audit.recordAdministration(acting(), AuditAction.ADMINISTRATOR_REVOKED, number, null, reason);
    }

    /**
     * Whether someone other than {@code number} can still sign in as administrator: the question
     * before {@code number} loses the way in (its grant revoked, its account locked or unlinked).
     * Every grant is locked until the transaction ends, so that two administrators taking each
     * other's way in at the same moment are decided one after the other, the second seeing the
     * first's outcome.
     */
    public boolean anotherCanSignInThan(NationalRegistryNumber number) {
        return anotherCanSignIn(number, lockedGrants());
    }

    private boolean anotherCanSignIn(NationalRegistryNumber number, List<AdministratorGrant> lockedGrants) {
        boolean firstCanSignIn = administrators.first().filter(first -> !first.equals(number))
                .flatMap(accounts::byNumber).filter(RegistryAccount::canSignIn).isPresent();
        return firstCanSignIn || lockedGrants.stream().filter(grant -> !grant.account().number().equals(number))
                .anyMatch(grant -> grant.account().canSignIn());
    }

    /**
     * Every grant, locked until the transaction ends. A query on the grants' table alone: Derby
     * locks no join, and a row of each grant is what two concurrent revocations both touch.
     */
    private List<AdministratorGrant> lockedGrants() {
        return em.createQuery("SELECT g FROM AdministratorGrant g", AdministratorGrant.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    private AdministratorEntry firstEntry(NationalRegistryNumber number) {
        Optional<RegistryAccount> account = accounts.byNumber(number);
        return new AdministratorEntry(number, account.map(RegistryAccount::displayName).orElse(""), true, null, null,
                account.filter(RegistryAccount::canSignIn).isPresent());
    }

    private NationalRegistryNumber acting() {
        return NationalRegistryNumber.of(caller.getCallerPrincipal().getName());
    }

    private static AdministratorChangeRefusedException refused(AdministratorRefusal refusal) {
        return new AdministratorChangeRefusedException(refusal);
    }
}
