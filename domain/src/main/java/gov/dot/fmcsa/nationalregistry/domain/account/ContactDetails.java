package gov.dot.fmcsa.nationalregistry.domain.account;

import java.util.Objects;

/**
 * Who an account belongs to and how to reach them. The secondary email, phone and address are
 * optional (null); the secondary email may not name the same mailbox as the primary one.
 * Invalid parts are reported as {@code firstName}, {@code lastName} or {@code secondaryEmail}.
 */
public record ContactDetails(String firstName, String lastName, EmailAddress primaryEmail,
                             EmailAddress secondaryEmail, PhoneNumber phone, PostalAddress address) {

    public static final int MAX_NAME_LENGTH = 100;

    public ContactDetails {
        firstName = validName(firstName, "firstName", "first name");
        lastName = validName(lastName, "lastName", "last name");
        Objects.requireNonNull(primaryEmail, "primaryEmail");
        if (primaryEmail.sameMailboxAs(secondaryEmail)) {
            throw new InvalidValueException("secondaryEmail", "the secondary email must differ from the primary email");
        }
    }

    private static String validName(String value, String part, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(part, "the " + what + " is required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new InvalidValueException(part, "the " + what + " has at most " + MAX_NAME_LENGTH + " characters");
        }
        return trimmed;
    }
}
