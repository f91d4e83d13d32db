package gov.dot.fmcsa.nationalregistry.web.console.dashboard;

import gov.dot.fmcsa.nationalregistry.application.administration.dashboard.Dashboard;
import gov.dot.fmcsa.nationalregistry.application.administration.dashboard.DashboardFigures;
import gov.dot.fmcsa.nationalregistry.application.administration.dashboard.DayCount;
import gov.dot.fmcsa.nationalregistry.application.administration.dashboard.StateCount;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountStatus;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The migration dashboard, the administrator's landing page. Its charts are HTML tables whose
 * cells carry a CSS bar: the table is the text equivalent, nothing is downloaded, and axe-core
 * reads it like any table.
 */
@Named
@RequestScoped
public class DashboardPage {

    @Inject
    private Dashboard dashboard;

    private DashboardFigures figures;

    /** The figures, read once per request. */
    public DashboardFigures getFigures() {
        if (figures == null) {
            figures = dashboard.figures();
        }
        return figures;
    }

    public List<AccountType> getTypes() {
        return List.of(AccountType.values());
    }

    public List<AccountStatus> getStatuses() {
        return List.of(AccountStatus.values());
    }

    /** The account types that transfer: those whose LEGACY accounts the dashboard highlights. */
    public List<AccountType> getTransferTypes() {
        return getTypes().stream().filter(type -> type != AccountType.ADMINISTRATOR).toList();
    }

    /** Accounts in {@code status}, all types together. */
    public long ofStatus(AccountStatus status) {
        return getTypes().stream().mapToLong(type -> getFigures().count(type, status)).sum();
    }

    public long getAllAccounts() {
        return getTypes().stream().mapToLong(type -> getFigures().total(type)).sum();
    }

    /** Of the accounts of {@code type}, the percentage still LEGACY, rounded down. */
    public long legacyPercent(AccountType type) {
        return percent(getFigures().count(type, AccountStatus.LEGACY), getFigures().total(type));
    }

    /** The States, most accounts first; no State (no address on file) among them. */
    public List<StateCount> getStates() {
        return getFigures().states().stream().sorted(Comparator.comparingLong(StateCount::count).reversed()).toList();
    }

    public String stateName(StateCount count) {
        return count.state() == null ? "None (no postal address on file)" : count.state().displayName();
    }

    /** The length of a State's bar, in percent of the State with most accounts. */
    public long stateBar(StateCount count) {
        return percent(count.count(), max(getFigures().states(), StateCount::count));
    }

    /** The last days, the newest first. */
    public List<DayCount> getDays() {
        List<DayCount> days = new ArrayList<>(getFigures().days());
        Collections.reverse(days);
        return days;
    }

    /** The length of a day's bar of transfer requests, in percent of the busiest day. */
    public long requestsBar(DayCount day) {
        return percent(day.transferRequests(), max(getFigures().days(), DayCount::transferRequests));
    }

    public long migrationsBar(DayCount day) {
        return percent(day.migrations(), max(getFigures().days(), DayCount::migrations));
    }

    public long linksBar(DayCount day) {
        return percent(day.links(), max(getFigures().days(), DayCount::links));
    }

    /** "3 hours 5 minutes" since the oldest pending email was queued; "No email is waiting" for none. */
    public String getOldestPendingAge() {
        Instant since = getFigures().outbox().oldestPendingSince();
        if (since == null) {
            return "No email is waiting";
        }
        Duration age = Duration.between(since, Instant.now());
        if (age.toMinutes() < 1) {
            return "Less than a minute";
        }
        return (age.toHours() > 0 ? age.toHours() + " h " : "") + age.toMinutesPart() + " min";
    }

    private static <T> long max(List<T> items, ToLongFunction<T> value) {
        return items.stream().mapToLong(value).max().orElse(0);
    }

    private static long percent(long part, long whole) {
        return whole == 0 ? 0 : part * 100 / whole;
    }
}
