package gov.dot.fmcsa.nationalregistry.synthetic;

/** The columns every account has: names, email addresses, and often a phone number and an address. */
final class ContactDetails {

    private ContactDetails() {
    }

    /**
     * @return the row, with the person's names and addresses, and a phone number and postal address as
     *         often as legacy accounts of that type have them
     */
    static LegacyRow writeTo(LegacyRow row, Person person, AccountType type, RowRandom random) {
        row.set(Column.FIRST_NAME, person.firstName().text())
                .set(Column.LAST_NAME, person.lastName().text())
                .set(Column.PRIMARY_EMAIL, person.primaryEmail())
                .set(Column.SECONDARY_EMAIL, person.secondaryEmail().orElse(""));
        Jurisdiction.City city = person.homeState().city(random);
        if (random.chance(phoneRate(type))) {
            row.set(Column.PHONE, PhoneNumbers.fictitious(city, random));
        }
        if (random.chance(addressRate(type))) {
            PostalAddress.random(person.homeState(), city, random).writeTo(row);
        }
        return row;
    }

    private static double phoneRate(AccountType type) {
        return switch (type) {
            case MEDICAL_EXAMINER, ADMINISTRATOR -> 0.95;
            case THIRD_PARTY -> 0.9;
            case ADMINISTRATIVE_ASSISTANT -> 0.8;
        };
    }

    /** Examiners list the office where they examine drivers; administrators are registry staff and list none. */
    private static double addressRate(AccountType type) {
        return switch (type) {
            case MEDICAL_EXAMINER -> 0.98;
            case THIRD_PARTY -> 0.75;
            case ADMINISTRATIVE_ASSISTANT -> 0.6;
            case ADMINISTRATOR -> 0.0;
        };
    }
}
