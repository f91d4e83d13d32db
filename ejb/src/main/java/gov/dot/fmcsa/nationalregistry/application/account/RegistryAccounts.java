package gov.dot.fmcsa.nationalregistry.application.account;

import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import gov.dot.fmcsa.nationalregistry.domain.account.Designation;
import gov.dot.fmcsa.nationalregistry.domain.account.EmailAddress;
import gov.dot.fmcsa.nationalregistry.domain.account.InvalidValueException;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.account.RegistryAccount;
import gov.dot.fmcsa.nationalregistry.domain.audit.Actor;
import gov.dot.fmcsa.nationalregistry.domain.identity.LoginGovIdentity;
import gov.dot.fmcsa.nationalregistry.domain.identity.RetiredLoginGovIdentity;
import gov.dot.fmcsa.nationalregistry.domain.organization.ThirdPartyOrganization;
import gov.dot.fmcsa.nationalregistry.domain.transfer.TransferApplication;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The repository of registry accounts and of their login.gov identities: every query that finds an
 * account or an identity lives here. The console's search and the dashboard's counts are read
 * models of their own ({@code AccountSearch}, {@code Dashboard}). Joins the caller's transaction.
 */
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
        return byNumbers(Set.of(application.number())).stream()
                .filter(account -> account.type() == application.type())
                .filter(account -> application.type() != AccountType.MEDICAL_EXAMINER
                        || account.holdsLicense(application.license(), application.licenseState()))
                .findFirst();
    }

    /** The account with {@code number}, if there is one. */
    public Optional<RegistryAccount> byNumber(NationalRegistryNumber number) {
        return byNumbers(Set.of(number)).stream().findFirst();
    }

    /** The accounts with any of {@code numbers}: one query for a whole batch. */
    public List<RegistryAccount> byNumbers(Collection<NationalRegistryNumber> numbers) {
        return em.createNamedQuery(RegistryAccount.BY_NUMBERS, RegistryAccount.class)
                .setParameter("numbers", numbers)
                .getResultList();
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
        return ExaminerDetails.of(examiner, identityOf(examiner).orElse(null));
    }

    /** The login.gov identity linked to {@code account}, if it is linked. */
    public Optional<LoginGovIdentity> identityOf(RegistryAccount account) {
        return em.createNamedQuery(LoginGovIdentity.OF_ACCOUNT, LoginGovIdentity.class)
                .setParameter("account", account)
                .getResultStream().findFirst();
    }

    /** The identity linked to login.gov's {@code subject}, with its account. */
    public Optional<LoginGovIdentity> identityWithSubject(String subject) {
        return em.createNamedQuery(LoginGovIdentity.BY_SUBJECT, LoginGovIdentity.class)
                .setParameter("subject", subject)
                .getResultStream().findFirst();
    }

    /**
     * Ends the link {@code identity}: the account is back to MIGRATED and the identity is remembered
     * as retired by {@code by}, so that it is not linked to the account again by itself.
     */
    public void endLink(LoginGovIdentity identity, Actor by) {
        em.persist(identity.retire(Instant.now(), by));
        em.remove(identity);
        identity.account().unlink();
    }

    /** True when {@code subject} was once linked to {@code account} and taken off it. */
    public boolean wasUnlinkedFrom(String subject, RegistryAccount account) {
        return !em.createNamedQuery(RetiredLoginGovIdentity.OF_SUBJECT_AND_ACCOUNT, Long.class)
                .setParameter("subject", subject).setParameter("account", account)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * The accounts that hold any of {@code emails}, as primary or secondary email, whatever the
     * letter case; each account once.
     */
    public List<RegistryAccount> withAnyEmailOf(Collection<EmailAddress> emails) {
        List<String> canonical = emails.stream().map(EmailAddress::canonical).distinct().toList();
        if (canonical.isEmpty()) {
            return List.of();
        }
        Set<RegistryAccount> found = new LinkedHashSet<>(); // an account may match by both of its emails
        Stream.of(RegistryAccount.WITH_PRIMARY_EMAIL, RegistryAccount.WITH_SECONDARY_EMAIL)
                .forEach(query -> found.addAll(em.createNamedQuery(query, RegistryAccount.class)
                        .setParameter("emails", canonical).getResultList()));
        return List.copyOf(found);
    }

    /** True when any of {@code emails} is on file for an account other than {@code account}. */
    public boolean onFileElsewhere(Collection<EmailAddress> emails, RegistryAccount account) {
        return withAnyEmailOf(emails).stream().anyMatch(other -> !other.id().equals(account.id()));
    }

    /** The examiners who designated {@code assistant}, by name. */
    public List<RegistryAccount> examinersDesignating(RegistryAccount assistant) {
        return em.createNamedQuery(Designation.EXAMINERS_OF_ASSISTANT, RegistryAccount.class)
                .setParameter("assistant", assistant.number())
                .getResultList();
    }

    /** The examiners associated with {@code organization}, by name. */
    public List<RegistryAccount> examinersOf(ThirdPartyOrganization organization) {
        return em.createNamedQuery(RegistryAccount.EXAMINERS_OF_ORGANIZATION, RegistryAccount.class)
                .setParameter("organization", organization)
                .getResultList();
    }
}
