package gov.dot.fmcsa.nationalregistry.application.administration.dashboard;

import gov.dot.fmcsa.nationalregistry.application.outbox.OutboxHealth;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountStatus;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import java.io.Serializable;
import java.util.List;

/**
 * The migration dashboard's figures: accounts by type and status and by State, the last
 * {@link Dashboard#DAYS} days, and the outbox's health.
 */
public record DashboardFigures(List<AccountCount> accounts, List<StateCount> states, List<DayCount> days,
                               OutboxHealth outbox) implements Serializable {

    /** The accounts of {@code type} in {@code status}; 0 when there are none. */
    public long count(AccountType type, AccountStatus status) {
        return accounts.stream().filter(count -> count.type() == type && count.status() == status)
                .mapToLong(AccountCount::count).sum();
    }

    /** All accounts of {@code type}. */
    public long total(AccountType type) {
        return accounts.stream().filter(count -> count.type() == type).mapToLong(AccountCount::count).sum();
    }
}
