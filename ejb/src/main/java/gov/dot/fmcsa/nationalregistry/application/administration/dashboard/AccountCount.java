package gov.dot.fmcsa.nationalregistry.application.administration.dashboard;

import gov.dot.fmcsa.nationalregistry.domain.account.AccountStatus;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import java.io.Serializable;

/** How many accounts of a type are in a status. */
public record AccountCount(AccountType type, AccountStatus status, long count) implements Serializable {
}
