package gov.dot.fmcsa.nationalregistry.it.support;

import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.administration.ImportRun;
import gov.dot.fmcsa.nationalregistry.domain.audit.Actor;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditAction;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditEvent;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * What ConsoleRecordsIT needs of the database beyond {@link RegistryProbe}: audit events
 * at chosen times, and setting the other administrators aside (and back) so that the last
 * administrator rule can be tried on a server that other test classes share.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RecordsProbe {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    /** Records an audit event that happened at {@code at}. */
    public void auditAt(Instant at, String actor, AuditAction action, String subject, String detail) {
        em.persist(new AuditEvent(at, new Actor(actor), action,
                subject == null ? null : NationalRegistryNumber.of(subject), detail, null));
    }

    /** Records {@code count} events "bulk 0", "bulk 1"…, two a second, going back from {@code newest}. */
    public void auditBulk(Instant newest, String actor, AuditAction action, int count) {
        for (int i = 0; i < count; i++) {
            em.persist(new AuditEvent(newest.minusSeconds(i / 2), new Actor(actor), action, null, "bulk " + i, null));
        }
    }

    /**
     * Removes every administrator grant but those of {@code keep}, and locks the first
     * administrator's account if it could sign in.
     *
     * @return what {@link #restore} needs to put everything back
     */
    public SetAside setAsideAdministratorsBut(List<String> keep, String firstAdministrator) {
        @SuppressWarnings("unchecked")
        List<Object[]> grants = em.createNativeQuery("SELECT g.id, g.account_id, g.granted_at, g.granted_by"
                + " FROM administrator_grant g JOIN registry_account a ON a.id = g.account_id"
                + " WHERE a.national_registry_number NOT IN (" + quoted(keep) + ")").getResultList();
        em.createNativeQuery("DELETE FROM administrator_grant WHERE account_id NOT IN (SELECT id FROM registry_account"
                + " WHERE national_registry_number IN (" + quoted(keep) + "))").executeUpdate();
        int locked = em.createNativeQuery("UPDATE registry_account SET locked = TRUE WHERE locked = FALSE"
                + " AND national_registry_number = '" + firstAdministrator + "'").executeUpdate();
        return new SetAside(grants, locked == 1 ? firstAdministrator : null);
    }

    /** Puts back what {@link #setAsideAdministratorsBut} set aside. */
    public void restore(SetAside aside) {
        for (Object[] grant : aside.grants()) {
            em.createNativeQuery("INSERT INTO administrator_grant (id, account_id, granted_at, granted_by)"
                    + " VALUES (?, ?, ?, ?)").setParameter(1, grant[0]).setParameter(2, grant[1])
                    .setParameter(3, grant[2]).setParameter(4, grant[3]).executeUpdate();
        }
        if (aside.lockedFirstAdministrator() != null) {
            em.createNativeQuery("UPDATE registry_account SET locked = FALSE WHERE national_registry_number = '"
                    + aside.lockedFirstAdministrator() + "'").executeUpdate();
        }
    }

    /** Marks every console import that still runs as failed, as a server start would. */
    public void endRunningImports() {
        em.createNativeQuery("UPDATE import_run SET status = 'FAILED' WHERE status = 'RUNNING'").executeUpdate();
    }

    /** Records a console import as running, as if one had started and were still reading. */
    public void pretendAnImportRuns(String startedBy) {
        // The entity, not SQL: how to take the next value of a sequence differs between Derby and PostgreSQL.
        em.persist(new ImportRun("pretend.csv", 10, NationalRegistryNumber.of(startedBy), Instant.now()));
    }

    private static String quoted(List<String> numbers) {
        return String.join(",", numbers.stream().map(n -> "'" + n + "'").toList());
    }

    /** The grants removed (id, account id, granted at, granted by) and the first administrator locked, or null. */
    public record SetAside(List<Object[]> grants, String lockedFirstAdministrator) {
    }
}
