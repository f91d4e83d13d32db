package gov.dot.fmcsa.nationalregistry.application.account;

import gov.dot.fmcsa.nationalregistry.domain.account.AccountStatus;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import java.time.Instant;

/**
 * What a person sees of their own registry account at a glance, with its login.gov link.
 *
 * @param linkedAt when the login.gov identity was linked, or null when none is
 */
public record AccountOverview(NationalRegistryNumber number, String firstName, String lastName, AccountType type,
                              AccountStatus status, String emailOnFile, Instant linkedAt) {

    /** "First Last", as pages address the person. */
    public String fullName() {
        return firstName + " " + lastName;
    }
}
