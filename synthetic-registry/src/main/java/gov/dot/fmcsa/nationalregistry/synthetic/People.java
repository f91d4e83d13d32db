package gov.dot.fmcsa.nationalregistry.synthetic;

import java.util.Optional;

/** The people behind random accounts, each with their own, unique email addresses. */
final class People {

    private static final double SECONDARY_EMAIL_RATE = 0.15;

    private static final int TYPE_COUNT = AccountType.values().length;

    private final long seed;

    People(long seed) {
        this.seed = seed;
    }

    /** @return the person of the index-th account of a type, before any email is shared */
    Person person(AccountType type, int index) {
        RowRandom random = RowRandom.of(seed, type, index, RowRandom.Purpose.PERSON);
        Name first = random.pick(PersonNames.FIRST);
        Name last = random.pick(PersonNames.LAST);
        Jurisdiction home = Jurisdiction.byPopulation(random);
        long mailbox = mailboxNumber(type, index);
        String primary = EmailAddresses.primary(first, last, mailbox, random);
        Optional<String> secondary = random.chance(SECONDARY_EMAIL_RATE)
                ? Optional.of(EmailAddresses.secondary(first, last, mailbox, random))
                : Optional.empty();
        return new Person(first, last, home, primary, secondary);
    }

    /** Interleaves the types so that two accounts never get the same number, whatever the counts. */
    private static long mailboxNumber(AccountType type, int index) {
        return (long) index * TYPE_COUNT + type.ordinal() + 1;
    }
}
