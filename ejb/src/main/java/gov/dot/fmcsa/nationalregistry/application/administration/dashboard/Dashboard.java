package gov.dot.fmcsa.nationalregistry.application.administration.dashboard;

import gov.dot.fmcsa.nationalregistry.application.outbox.Outbox;
import gov.dot.fmcsa.nationalregistry.application.security.Roles;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountStatus;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditAction;
import gov.dot.fmcsa.nationalregistry.domain.geography.State;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The figures of the migration dashboard (docs/product.md "Management console"). Every figure is one
 * aggregate query (GROUP BY), never a load of entities, so that the dashboard stays fast on a full
 * registry; v005 adds the indexes they use. Days are the server's calendar days.
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class Dashboard {

    /** How many days the per-day figures cover, today included. */
    public static final int DAYS = 30;

    private static final String PER_DAY = "SELECT d, COUNT(*) FROM (SELECT CAST(%s AS DATE) AS d FROM %s"
            + " WHERE %s >= ?1%s) t GROUP BY d";

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Inject
    private Outbox outbox;

    /** Every figure of the dashboard, as of now. */
    public DashboardFigures figures() {
        LocalDate today = LocalDate.now();
        LocalDate firstDay = today.minusDays(DAYS - 1L);
        return new DashboardFigures(accountsByTypeAndStatus(), accountsByState(), days(firstDay, today),
                outbox.health());
    }

    private List<AccountCount> accountsByTypeAndStatus() {
        return em.createQuery("SELECT a.type, a.status, COUNT(a) FROM RegistryAccount a GROUP BY a.type, a.status",
                        Object[].class)
                .getResultStream()
                .map(row -> new AccountCount((AccountType) row[0], (AccountStatus) row[1], (Long) row[2]))
                .toList();
    }

    private List<StateCount> accountsByState() {
        return em.createQuery("SELECT a.address.state, COUNT(a) FROM RegistryAccount a GROUP BY a.address.state",
                        Object[].class)
                .getResultStream()
                .map(row -> new StateCount((State) row[0], (Long) row[1]))
                .toList();
    }

    private List<DayCount> days(LocalDate firstDay, LocalDate today) {
        Timestamp since = Timestamp.valueOf(firstDay.atStartOfDay());
        Map<LocalDate, Long> requests = perDay("received_at", "transfer_request", "", since);
        Map<LocalDate, Long> migrations = perDay("processed_at", "transfer_request",
                " AND outcome = 'MIGRATED'", since);
        Map<LocalDate, Long> links = perDay("occurred_at", "audit_event",
                " AND action = '" + AuditAction.LOGIN_GOV_LINKED.name() + "'", since);
        return firstDay.datesUntil(today.plusDays(1))
                .map(day -> new DayCount(day, requests.getOrDefault(day, 0L), migrations.getOrDefault(day, 0L),
                        links.getOrDefault(day, 0L)))
                .toList();
    }

    /**
     * Rows of {@code table} per calendar day of {@code column} since {@code since}, those that match
     * {@code filter}.
     */
    private Map<LocalDate, Long> perDay(String column, String table, String filter, Timestamp since) {
        // Native SQL: Jakarta Persistence 3.1 has no portable "date of a timestamp"; CAST works on Derby
        // and PostgreSQL.
        List<?> rows = em.createNativeQuery(String.format(PER_DAY, column, table, column, filter))
                .setParameter(1, since)
                .getResultList();
        return rows.stream().map(Object[].class::cast).collect(Collectors.toMap(
                row -> ((java.sql.Date) row[0]).toLocalDate(), row -> ((Number) row[1]).longValue(),
                Long::sum, TreeMap::new));
    }
}
