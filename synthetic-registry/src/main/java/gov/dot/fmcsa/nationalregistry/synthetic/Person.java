package gov.dot.fmcsa.nationalregistry.synthetic;

import java.util.Optional;

/**
 * Who holds a random account: names, the State they live and work in, and email addresses.
 *
 * @param homeState      where the account's address, phone number and first license are
 * @param secondaryEmail present for about 15% of accounts
 */
record Person(Name firstName, Name lastName, Jurisdiction homeState, String primaryEmail,
              Optional<String> secondaryEmail) {

    Person withPrimaryEmail(String email) {
        return new Person(firstName, lastName, homeState, email, secondaryEmail);
    }

    Person withSecondaryEmail(String email) {
        return new Person(firstName, lastName, homeState, primaryEmail, Optional.of(email));
    }
}
