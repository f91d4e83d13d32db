package gov.dot.fmcsa.nationalregistry.application.account;

import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import gov.dot.fmcsa.nationalregistry.domain.account.EmailAddress;
import gov.dot.fmcsa.nationalregistry.domain.account.InvalidValueException;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.account.RegistryAccount;
import gov.dot.fmcsa.nationalregistry.domain.identity.LoginGovIdentity;
import gov.dot.fmcsa.nationalregistry.domain.transfer.TransferApplication;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/** Finds registry accounts for the use cases; joins the caller's transaction. */
// Open to any caller: used by other services and by timers, never by pages; who asks is checked by its callers.
@PermitAll
@Stateless
public class RegistryAccounts {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    /**
     * The account a transfer application names: for an examiner the number, license number and
     * State must all match one examiner account; for the other types, the number of an account of
     * that type.
     */
    public Optional<RegistryAccount> matching(TransferApplication application) {
        List<RegistryAccount> found = em.createNamedQuery(RegistryAccount.BY_NUMBERS, RegistryAccount.class)
                .setParameter("numbers", List.of(application.number()))
                .getResultList();
        return found.stream()
                .filter(account -> account.type() == application.type())
                .filter(account -> application.type() != AccountType.MEDICAL_EXAMINER
                        || account.holdsLicense(application.license(), application.licenseState()))
                .findFirst();
    }

    /** The account with {@code number}, if there is one. */
    public Optional<RegistryAccount> byNumber(NationalRegistryNumber number) {
        return em.createNamedQuery(RegistryAccount.BY_NUMBERS, RegistryAccount.class)
                .setParameter("numbers", List.of(number))
                .getResultStream().findFirst();
    }

    /**
     * The account of the signed-in person, whom the container names by National Registry number
     * (the web module's sign-in makes it so).
     *
     * @throws IllegalStateException when the caller has no account (nobody is signed in)
     */
    public RegistryAccount of(Principal caller) {
        try {
            return byNumber(NationalRegistryNumber.of(caller.getName())).orElseThrow();
        } catch (InvalidValueException | NoSuchElementException e) {
            throw new IllegalStateException("no registry account is signed in: " + caller.getName(), e);
        }
    }

    /** What "Review your National Registry account" shows of {@code examiner}. */
    public ExaminerDetails detailsOf(RegistryAccount examiner) {
        LoginGovIdentity identity = em.createNamedQuery(LoginGovIdentity.OF_ACCOUNT, LoginGovIdentity.class)
                .setParameter("account", examiner)
                .getResultStream().findFirst().orElse(null);
        return ExaminerDetails.of(examiner, identity);
    }

    /**
     * True when any of {@code emails} is on file (as primary or secondary email, whatever the
     * letter case) for an account other than {@code account}.
     */
    public boolean onFileElsewhere(Collection<EmailAddress> emails, RegistryAccount account) {
        List<String> canonical = emails.stream().map(EmailAddress::canonical).toList();
        return countOthers(RegistryAccount.OTHERS_WITH_PRIMARY_EMAIL, canonical, account) > 0
                || countOthers(RegistryAccount.OTHERS_WITH_SECONDARY_EMAIL, canonical, account) > 0;
    }

    private long countOthers(String query, List<String> canonicalEmails, RegistryAccount account) {
        return em.createNamedQuery(query, Long.class)
                .setParameter("emails", canonicalEmails)
                .setParameter("id", account.id())
                .getSingleResult();
    }
}
