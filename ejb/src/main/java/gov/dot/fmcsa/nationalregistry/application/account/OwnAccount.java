package gov.dot.fmcsa.nationalregistry.application.account;

import gov.dot.fmcsa.nationalregistry.application.security.Roles;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.account.RegistryAccount;
import gov.dot.fmcsa.nationalregistry.domain.identity.LoginGovIdentity;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * The signed-in person's own account. Which account that is comes from the container's caller
 * principal (the National Registry number), never from a parameter, so that nobody can ask for
 * another's.
 */
@Stateless
public class OwnAccount {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Resource
    private SessionContext caller;

    /**
     * The signed-in examiner's account, for "Review your National Registry account".
     *
     * @throws EJBAccessException when the caller is not an examiner (the container checks it)
     */
    @RolesAllowed(Roles.EXAMINER)
    public AccountOverview examinerReview() {
        RegistryAccount account = em.createNamedQuery(RegistryAccount.BY_NUMBERS, RegistryAccount.class)
                .setParameter("numbers", List.of(NationalRegistryNumber.of(caller.getCallerPrincipal().getName())))
                .getSingleResult();
        return new AccountOverview(account.number(), account.firstName(), account.lastName(), account.type(),
                account.status(), account.primaryEmail().address(), linkedAt(account));
    }

    private Instant linkedAt(RegistryAccount account) {
        return em.createNamedQuery(LoginGovIdentity.OF_ACCOUNT, LoginGovIdentity.class)
                .setParameter("account", account)
                .getResultStream().findFirst().map(LoginGovIdentity::linkedAt).orElse(null);
    }
}
