package gov.dot.fmcsa.nationalregistry.application.administration.audit;

import gov.dot.fmcsa.nationalregistry.application.administration.ActingAdministrator;
import gov.dot.fmcsa.nationalregistry.application.audit.AuditLog;
import gov.dot.fmcsa.nationalregistry.application.csv.CsvLines;
import gov.dot.fmcsa.nationalregistry.application.security.Roles;
import gov.dot.fmcsa.nationalregistry.domain.audit.Actor;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditAction;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit log as administrators read it (docs/product.md "Management console"): filtered, newest first, a
 * page at a time, and exported as CSV. Administrators only: others get {@link EJBAccessException}.
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class AuditTrail {

    /** Events read per query of the export: memory stays flat however many events match. */
    static final int EXPORT_CHUNK = 1000;
    /** The registry's people read times in Eastern time; the export says so with the offset. */
    private static final DateTimeFormatter EXPORT_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME
            .withZone(ZoneId.of("America/New_York"));
    private static final String ENTRY = "SELECT NEW gov.dot.fmcsa.nationalregistry.application.administration.audit"
            + ".AuditEntry(e.id, e.occurredAt, e.actor, e.action, e.subject, e.detail) FROM AuditEvent e";
    private static final String NEWEST_FIRST = " ORDER BY e.occurredAt DESC, e.id DESC";


    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Resource
    private SessionContext caller;

    @Inject
    private AuditLog audit;

    /** How many events {@code filter} matches. */
    public long count(AuditFilter filter) {
        Conditions conditions = new Conditions(filter);
        return conditions.bind(em.createQuery("SELECT COUNT(e) FROM AuditEvent e" + conditions.where(), Long.class))
                .getSingleResult();
    }

    /** The events {@code filter} matches, newest first, from the {@code first}th (0-based), at most {@code size}. */
    public List<AuditEntry> page(AuditFilter filter, int first, int size) {
        Conditions conditions = new Conditions(filter);
        return conditions.bind(em.createQuery(ENTRY + conditions.where() + NEWEST_FIRST, AuditEntry.class))
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    /**
     * Writes the events {@code filter} matches to {@code out} as CSV, newest first, as it reads
     * them: chunk after chunk, each starting where the last ended (keyset), outside a transaction
     * so nothing read is kept. The export itself is audited first, with its filter: who took a copy
     * of the log, and of which part.
     *
     * @throws IOException when {@code out} fails (the person stopped the download)
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void export(AuditFilter filter, Writer out) throws IOException {
        audit.recordAlone(Actor.of(ActingAdministrator.of(caller)), AuditAction.AUDIT_EXPORTED, filter.subject(),
                "CSV export of " + filter, null);
        CsvLines.write(out, "id", "occurred_at", "actor", "action", "account", "detail");
        List<AuditEntry> chunk = firstChunk(filter);
        while (!chunk.isEmpty()) {
            for (AuditEntry entry : chunk) {
                CsvLines.write(out, entry.id(), EXPORT_TIME.format(entry.occurredAt()), entry.actor(), entry.action(),
                        entry.subject() == null ? null : entry.subject().value(), entry.detail());
            }
            out.flush();
            chunk = chunk.size() < EXPORT_CHUNK ? List.of() : chunkAfter(filter, chunk.get(chunk.size() - 1));
        }
    }

    private List<AuditEntry> firstChunk(AuditFilter filter) {
        return page(filter, 0, EXPORT_CHUNK);
    }

    private List<AuditEntry> chunkAfter(AuditFilter filter, AuditEntry last) {
        Conditions conditions = new Conditions(filter);
        // The first bound is implied by the second; it is there for the database: a range it can
        // start an index scan at (v007's indexes end in occurred_at DESC, id DESC), rather than an
        // OR it would sort the rest of the log for.
        String after = (conditions.isEmpty() ? " WHERE " : " AND ")
                + "e.occurredAt <= :lastAt AND (e.occurredAt < :lastAt OR e.id < :lastId)";
        return conditions.bind(em.createQuery(ENTRY + conditions.where() + after + NEWEST_FIRST, AuditEntry.class))
                .setParameter("lastAt", last.occurredAt()).setParameter("lastId", last.id())
                .setMaxResults(EXPORT_CHUNK).getResultList();
    }

    /** The WHERE clause of a filter and its parameters. */
    private static final class Conditions {

        private final List<String> clauses = new ArrayList<>();
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        Conditions(AuditFilter filter) {
            add("e.actor = :actor", "actor", filter.actor());
            add("e.action = :action", "action", filter.action());
            add("e.subject = :subject", "subject", filter.subject());
            add("e.occurredAt >= :from", "from", filter.from());
            add("e.occurredAt < :until", "until", filter.until());
        }

        private void add(String clause, String name, Object value) {
            if (value != null) {
                clauses.add(clause);
                parameters.put(name, value);
            }
        }

        boolean isEmpty() {
            return clauses.isEmpty();
        }

        String where() {
            return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }
}
