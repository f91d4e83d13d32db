package gov.dot.fmcsa.nationalregistry.application.administration.settings;

import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import java.io.Serializable;
import java.time.Instant;

/**
 * Whether transfer is open for an account type, as an administrator read it: {@code version} is
 * what a change must name, {@code updatedAt} null when the setting was never written.
 */
public record TransferSwitch(AccountType type, boolean open, long version, Instant updatedAt) implements Serializable {
}
