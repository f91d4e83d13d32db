package gov.dot.fmcsa.nationalregistry.synthetic;

/**
 * Produces any row of a registry from its type and index alone: the sample rows first, then random
 * rows drawn from streams seeded by the row's position.
 */
final class AccountRows {

    private final long seed;
    private final WellKnownAccounts wellKnown;
    private final People people;
    private final SharedEmails sharedEmails;
    private final Organizations organizations;
    private final ExaminerDetails examinerDetails;
    private final Designations designations;

    AccountRows(SyntheticRegistry registry) {
        this.seed = registry.seed();
        this.wellKnown = new WellKnownAccounts(registry.referenceDate(), registry.examiners(), registry.thirdParties());
        this.people = new People(seed);
        this.sharedEmails = new SharedEmails(seed, people, wellKnown::count);
        this.organizations = new Organizations(seed, registry.thirdParties(), wellKnown.count(AccountType.THIRD_PARTY));
        this.examinerDetails = new ExaminerDetails(seed, registry.referenceDate(), organizations);
        this.designations = new Designations(registry.examiners(), wellKnown.count(AccountType.MEDICAL_EXAMINER));
    }

    /** @return the index-th row of a type */
    LegacyRow row(AccountType type, int index) {
        if (index < wellKnown.count(type)) {
            return wellKnown.row(type, index);
        }
        Person person = sharedEmails.share(people.person(type, index), type, index);
        RowRandom random = RowRandom.of(seed, type, index, RowRandom.Purpose.DETAILS);
        LegacyRow row = ContactDetails.writeTo(new LegacyRow(type, index), person, type, random);
        return switch (type) {
            case THIRD_PARTY -> organizations.writeMembership(row, index);
            case MEDICAL_EXAMINER -> examinerDetails.writeTo(row, person.homeState(), index, random);
            case ADMINISTRATIVE_ASSISTANT -> row.set(Column.DESIGNATED_BY, designations.random(random));
            case ADMINISTRATOR -> row;
        };
    }
}
