package gov.dot.fmcsa.nationalregistry.it.support;

import gov.dot.fmcsa.nationalregistry.application.emaillink.EmailLinkTokens;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountStatus;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import gov.dot.fmcsa.nationalregistry.domain.account.ContactDetails;
import gov.dot.fmcsa.nationalregistry.domain.account.EmailAddress;
import gov.dot.fmcsa.nationalregistry.domain.account.LicenseDetails;
import gov.dot.fmcsa.nationalregistry.domain.account.LicenseNumber;
import gov.dot.fmcsa.nationalregistry.domain.account.LicenseType;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.account.RegistryAccount;
import gov.dot.fmcsa.nationalregistry.domain.administration.AdministratorGrant;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditEvent;
import gov.dot.fmcsa.nationalregistry.domain.geography.State;
import gov.dot.fmcsa.nationalregistry.domain.identity.LoginGovIdentity;
import gov.dot.fmcsa.nationalregistry.domain.identity.RetiredLoginGovIdentity;
import gov.dot.fmcsa.nationalregistry.domain.organization.ThirdPartyOrganization;
import gov.dot.fmcsa.nationalregistry.domain.outbox.OutboxEmail;
import gov.dot.fmcsa.nationalregistry.domain.securityevent.SecurityEvent;
import gov.dot.fmcsa.nationalregistry.domain.token.TokenPurpose;
import gov.dot.fmcsa.nationalregistry.domain.transfer.TransferOutcome;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Looks into and writes to the registry's database from inside the server, for tests only. Each
 * call is a transaction of its own, as a separate request would be.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RegistryProbe {

    /** The granter of the roles tests grant. */
    private static final String GRANTED_BY = TestNumbers.FIRST_ADMINISTRATOR;

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Inject
    private EmailLinkTokens tokens;

    /** The class of the persistence provider's entity manager. */
    public String entityManagerImplementation() {
        return em.getDelegate().getClass().getName();
    }

    /** The database product behind the persistence unit, as its JDBC driver names it. */
    public String databaseProductName() {
        try {
            return em.unwrap(Connection.class).getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long count(String entityName) {
        return em.createQuery("SELECT COUNT(e) FROM " + entityName + " e", Long.class).getSingleResult();
    }

    /** The account with licenses, organizations and designations loaded, if it exists. */
    public Optional<RegistryAccount> account(String number) {
        List<RegistryAccount> found = em.createNamedQuery(RegistryAccount.BY_NUMBERS, RegistryAccount.class)
                .setParameter("numbers", List.of(new NationalRegistryNumber(number)))
                .getResultList();
        found.forEach(account -> {
            account.licenses().size();
            account.associatedOrganizations().size();
            account.designations().forEach(designation -> designation.examiner().number());
            if (account.organization() != null) {
                account.organization().code();
            }
        });
        return found.stream().findFirst();
    }

    public long countLicensesOf(String number) {
        return em.createQuery("SELECT COUNT(l) FROM ProfessionalLicense l WHERE l.examiner.number = :number",
                        Long.class)
                .setParameter("number", new NationalRegistryNumber(number)).getSingleResult();
    }

    /** Creates a bare legacy examiner account. */
    public void createExaminer(String number, String email) {
        em.persist(RegistryAccount.legacy(new NationalRegistryNumber(number), AccountType.MEDICAL_EXAMINER,
                new ContactDetails("Test", "Examiner", EmailAddress.of(email), null, null, null), Instant.now()));
        em.flush();
    }

    /**
     * Creates a legacy account of {@code type}; {@code secondaryEmail} may be null, and for an
     * examiner {@code license} (issued by {@code state}) is the account's one license.
     */
    public void createAccount(AccountType type, String number, String primaryEmail, String secondaryEmail,
                              String license, State state) {
        RegistryAccount account = RegistryAccount.legacy(new NationalRegistryNumber(number), type,
                new ContactDetails("Test", "Person " + number, EmailAddress.of(primaryEmail),
                        secondaryEmail == null ? null : EmailAddress.of(secondaryEmail), null, null), Instant.now());
        if (type == AccountType.MEDICAL_EXAMINER) {
            account.replaceLicenses(List.of(new LicenseDetails(LicenseType.MD, state, LicenseNumber.of(license),
                    LocalDate.now().plusYears(2))));
        }
        em.persist(account);
        em.flush();
    }

    /** The outcomes of the transfer requests for {@code number}, oldest first; null while pending. */
    public List<TransferOutcome> transferOutcomes(String number) {
        return em.createQuery("SELECT t.outcome FROM TransferRequest t WHERE t.number = :number ORDER BY t.id",
                        TransferOutcome.class)
                .setParameter("number", new NationalRegistryNumber(number)).getResultList();
    }

    /** The failed attempts counted in each transfer request for {@code number}, oldest first. */
    public List<Integer> failedAttemptsOf(String number) {
        return em.createQuery("SELECT t.failedAttempts FROM TransferRequest t WHERE t.number = :number ORDER BY t.id",
                        Integer.class)
                .setParameter("number", new NationalRegistryNumber(number)).getResultList();
    }

    /** The outbox emails about the account {@code number}, oldest first. */
    public List<OutboxEmail> emailsAbout(String number) {
        return em.createQuery("SELECT e FROM OutboxEmail e WHERE e.accountNumber = :number ORDER BY e.id",
                        OutboxEmail.class)
                .setParameter("number", new NationalRegistryNumber(number)).getResultList();
    }

    /** The audit events about the account {@code number}, oldest first. */
    public List<AuditEvent> auditOf(String number) {
        return em.createQuery("SELECT e FROM AuditEvent e WHERE e.subject = :number ORDER BY e.id", AuditEvent.class)
                .setParameter("number", new NationalRegistryNumber(number)).getResultList();
    }

    /** Links {@code subject} to the account {@code number}. */
    public void link(String subject, String number) {
        RegistryAccount account = account(number).orElseThrow();
        em.persist(new LoginGovIdentity(subject, em.merge(account), Instant.now(), "1", "2"));
        em.flush();
    }

    /** The links of the account {@code number} that were ended: "subject by actor" each. */
    public List<String> retiredLinksOf(String number) {
        return em.createQuery("SELECT r FROM RetiredLoginGovIdentity r WHERE r.account.number = :number",
                        RetiredLoginGovIdentity.class)
                .setParameter("number", new NationalRegistryNumber(number)).getResultStream()
                .map(retired -> retired.subject() + " by " + retired.retiredBy()).toList();
    }

    /** When login.gov last said that the person linked to the account {@code number} verified their identity again. */
    public Optional<Instant> reproofedAt(String number) {
        return em.createQuery("SELECT i FROM LoginGovIdentity i WHERE i.account.number = :number",
                        LoginGovIdentity.class)
                .setParameter("number", new NationalRegistryNumber(number)).getResultStream().findFirst()
                .flatMap(LoginGovIdentity::reproofedAt);
    }

    /** How many security events with {@code jti} are stored. */
    public long storedSecurityEvents(String jti) {
        return em.createNamedQuery(SecurityEvent.COUNT_WITH_JTI, Long.class).setParameter("jti", jti)
                .getSingleResult();
    }

    /** The numbers of the accounts linked to {@code subject}. */
    public List<String> linkedAccountsOf(String subject) {
        return em.createQuery("SELECT i.account.number FROM LoginGovIdentity i WHERE i.subject = :subject",
                        NationalRegistryNumber.class)
                .setParameter("subject", subject).getResultStream().map(NationalRegistryNumber::value).toList();
    }

    /** Sets the status of the account {@code number}, as if it had gone there the usual way. */
    public void setStatus(String number, AccountStatus status) {
        execute("UPDATE registry_account SET status = '" + status + "'"
                + " WHERE national_registry_number = '" + number + "'");
    }

    /** Locks the account {@code number}. */
    public void lock(String number) {
        execute("UPDATE registry_account SET locked = TRUE WHERE national_registry_number = '" + number + "'");
    }

    /** The subject linked to the account {@code number}, if any. */
    public Optional<String> subjectLinkedTo(String number) {
        return em.createQuery("SELECT i.subject FROM LoginGovIdentity i WHERE i.account.number = :number", String.class)
                .setParameter("number", new NationalRegistryNumber(number)).getResultStream().findFirst();
    }

    /** The audit events whose detail mentions {@code text}, oldest first. */
    public List<AuditEvent> auditMentioning(String text) {
        return em.createQuery("SELECT e FROM AuditEvent e WHERE e.detail LIKE :text ORDER BY e.id", AuditEvent.class)
                .setParameter("text", "%" + text + "%").getResultList();
    }

    /**
     * Makes {@code thirdParty} work for the organization {@code code} (created if need be) and
     * associates {@code examiner} with it.
     */
    public void associate(String thirdParty, String examiner, String code) {
        ThirdPartyOrganization organization = em.createNamedQuery(ThirdPartyOrganization.BY_CODES,
                        ThirdPartyOrganization.class).setParameter("codes", List.of(code))
                .getResultStream().findFirst().orElseGet(() -> {
                    ThirdPartyOrganization created = new ThirdPartyOrganization(code, "Organization " + code);
                    em.persist(created);
                    return created;
                });
        account(thirdParty).map(em::merge).orElseThrow().assignOrganization(organization);
        account(examiner).map(em::merge).orElseThrow().replaceAssociatedOrganizations(List.of(organization));
    }

    /**
     * A new emailed link for the account {@code number} and {@code purpose}, as the registry would send:
     * its secret.
     */
    public String issueLink(String number, TokenPurpose purpose) {
        return tokens.issue(account(number).map(em::merge).orElseThrow(), purpose);
    }

    /** Records that {@code examiner} designated the assistant {@code assistant}, unless it already had. */
    public void designate(String assistant, String examiner) {
        account(assistant).map(em::merge).orElseThrow()
                .acceptDesignationBy(account(examiner).map(em::merge).orElseThrow(), Instant.now());
    }

    /** Deletes every designation of the assistant {@code assistant}, as the examiners revoking it would. */
    public void deleteDesignationsOf(String assistant) {
        execute("DELETE FROM designation WHERE assistant_id = (SELECT id FROM registry_account"
                + " WHERE national_registry_number = '" + assistant + "')");
    }

    /** Removes the login.gov link of the account {@code number}, if any, so that it can be linked afresh. */
    public void unlink(String number) {
        execute("DELETE FROM login_gov_identity WHERE account_id = (SELECT id FROM registry_account"
                + " WHERE national_registry_number = '" + number + "')");
    }

    /**
     * Makes the account {@code number} of {@code type} exist with the primary email {@code email},
     * unlinked, unlocked and with {@code status}, whether or not another test class or an earlier
     * run made it first: for fixed numbers that several classes share, such as the first
     * administrator of arquillian.xml. A new examiner gets one license.
     */
    public void resetAccount(AccountType type, String number, String email, AccountStatus status) {
        if (account(number).isEmpty()) {
            boolean examiner = type == AccountType.MEDICAL_EXAMINER;
            createAccount(type, number, email, null, examiner ? "T-" + number : null, examiner ? State.VA : null);
        }
        unlink(number);
        revokeAdministrator(number);
        String canonical = EmailAddress.canonicalOf(email);
        execute("UPDATE registry_account SET primary_email = '" + email + "', primary_email_canonical = '" + canonical
                + "', locked = FALSE, status = '" + status + "' WHERE national_registry_number = '" + number + "'");
    }

    /** Grants the administrator role to the account {@code number}, as an administrator would. */
    public void grantAdministrator(String number) {
        em.persist(new AdministratorGrant(account(number).map(em::merge).orElseThrow(),
                new NationalRegistryNumber(GRANTED_BY), Instant.now()));
    }

    /** Takes the administrator role granted to the account {@code number} away, if it has it. */
    public void revokeAdministrator(String number) {
        execute("DELETE FROM administrator_grant WHERE account_id = (SELECT id FROM registry_account"
                + " WHERE national_registry_number = '" + number + "')");
    }

    /** The node holding the lease of {@code work} (read in SQL: the lease is never cached). */
    public String leaseHolder(String work) {
        return (String) em.createNativeQuery("SELECT holder FROM work_lease WHERE work_name = ?1")
                .setParameter(1, work).getSingleResult();
    }

    /**
     * Every "table.column" (in lower case) of the registry's schema that holds {@code text} in any row, read as
     * text: a full scan, for the tests that prove a secret is stored nowhere.
     */
    public List<String> columnsContaining(String text) {
        Connection connection = em.unwrap(Connection.class);
        List<String> found = new ArrayList<>();
        try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%",
                new String[] {"TABLE"})) {
            while (tables.next()) {
                found.addAll(columnsOf(connection, tables.getString("TABLE_NAME"), text));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    private static List<String> columnsOf(Connection connection, String table, String text) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int column = 1; column <= columns; column++) {
                    String value = rows.getString(column);
                    String name = (table + "." + rows.getMetaData().getColumnName(column)).toLowerCase(Locale.ROOT);
                    if (value != null && value.contains(text) && !found.contains(name)) {
                        found.add(name);
                    }
                }
            }
        }
        return found;
    }

    /** Runs a DDL or DML statement, e.g. to give a test a constraint that fails on purpose. */
    public void execute(String sql) {
        em.createNativeQuery(sql).executeUpdate();
    }

    public String setting(String key) {
        return em.createQuery("SELECT s.value FROM RegistrySetting s WHERE s.key = :key", String.class)
                .setParameter("key", key).getSingleResult();
    }
}
