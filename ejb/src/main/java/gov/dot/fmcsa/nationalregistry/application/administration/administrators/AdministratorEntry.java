package gov.dot.fmcsa.nationalregistry.application.administration.administrators;

import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import java.io.Serializable;
import java.time.Instant;

/**
 * One administrator, as the console lists them.
 *
 * @param number    the account's National Registry number
 * @param name      the account's name; empty when the configured first administrator has no account
 * @param first     true for the first administrator, named by configuration (not revocable here)
 * @param grantedBy who granted the role; null for the first administrator
 * @param grantedAt when; null for the first administrator
 * @param canSignIn true when the account is linked to login.gov and not locked
 */
public record AdministratorEntry(NationalRegistryNumber number, String name, boolean first,
                                 NationalRegistryNumber grantedBy, Instant grantedAt, boolean canSignIn)
        implements Serializable {
}
