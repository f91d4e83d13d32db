package gov.dot.fmcsa.nationalregistry.application.administration.accounts;

import gov.dot.fmcsa.nationalregistry.domain.account.AccountStatus;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.account.RegistryAccount;
import gov.dot.fmcsa.nationalregistry.domain.geography.State;
import java.io.Serializable;

/**
 * One row of the console's account search.
 *
 * @param state the State of the postal address, null when none is on file
 */
public record AccountSummary(NationalRegistryNumber number, String firstName, String lastName, AccountType type,
                             AccountStatus status, boolean locked, State state, String primaryEmail)
        implements Serializable {

    static AccountSummary of(RegistryAccount account) {
        return new AccountSummary(account.number(), account.firstName(), account.lastName(), account.type(),
                account.status(), account.locked(), account.address() == null ? null : account.address().state(),
                account.primaryEmail().address());
    }

    /** "Last, First", as the search lists people. */
    public String sortName() {
        return lastName + ", " + firstName;
    }
}
