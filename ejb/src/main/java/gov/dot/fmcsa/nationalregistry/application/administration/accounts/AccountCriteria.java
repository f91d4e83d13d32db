package gov.dot.fmcsa.nationalregistry.application.administration.accounts;

import gov.dot.fmcsa.nationalregistry.domain.account.AccountStatus;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import gov.dot.fmcsa.nationalregistry.domain.account.ContactDetails;
import gov.dot.fmcsa.nationalregistry.domain.account.EmailAddress;
import gov.dot.fmcsa.nationalregistry.domain.account.InvalidValueException;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.geography.State;
import java.io.Serializable;

/**
 * What the console's account search looks for; every criterion is optional (null) and those given
 * must all match. The number and the email are already parsed, so only the name needs a check here.
 *
 * @param number an exact National Registry number
 * @param name   the start of the last name, or {@code "Last, First"}: the starts of both; in any
 *               letter case, taken literally (a {@code %} or {@code _} is not a wildcard); at most
 *               {@value ContactDetails#MAX_NAME_LENGTH} characters
 * @param email  a primary or secondary email on file, compared in its canonical form
 * @param state  the State of the postal address
 */
public record AccountCriteria(NationalRegistryNumber number, String name, EmailAddress email, AccountStatus status,
                              AccountType type, State state) implements Serializable {

    /** No criterion: every account. */
    public static final AccountCriteria ANY = new AccountCriteria(null, null, null, null, null, null);

    /** @throws InvalidValueException (part {@code name}) when the name is longer than any name on file */
    public AccountCriteria {
        name = name == null || name.isBlank() ? null : name.strip();
        if (name != null && name.length() > ContactDetails.MAX_NAME_LENGTH) {
            throw new InvalidValueException("name",
                    "Keep the name to " + ContactDetails.MAX_NAME_LENGTH
                            + " characters or fewer: no name on file is longer.");
        }
    }

    /** The start of the last name: the name, or what comes before its comma; null for none. */
    public String lastNamePrefix() {
        String last = name == null ? null : name.split(",", 2)[0].strip();
        return last == null || last.isEmpty() ? null : last;
    }

    /** The start of the first name: what comes after the name's comma; null for none. */
    public String firstNamePrefix() {
        String[] parts = name == null ? new String[0] : name.split(",", 2);
        return parts.length < 2 || parts[1].isBlank() ? null : parts[1].strip();
    }
}
