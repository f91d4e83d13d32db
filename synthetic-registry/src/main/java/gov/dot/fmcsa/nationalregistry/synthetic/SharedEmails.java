package gov.dot.fmcsa.nationalregistry.synthetic;

import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Makes about 2% of the addresses shared by two or more accounts, as in the legacy registry (an office
 * mailbox used by two examiners, an examiner's address kept as an assistant's second one, the same
 * address typed in another case).
 *
 * <p>A borrowing account takes the address of a lender: an earlier random account of the same type
 * that does not borrow itself, so the lent address really is in use by the lender. Whether an
 * account borrows depends on its own random stream only, which lets a later row check a lender
 * without any memory of the rows already written.
 */
final class SharedEmails {

    /** Of the accounts; each borrower makes one shared address, and there are ~1.14 addresses an account. */
    private static final double BORROWING_RATE = 0.023;

    /** Shared addresses are between accounts created around the same time, like colleagues. */
    private static final int LENDER_WINDOW = 20;

    private static final int LENDER_ATTEMPTS = 4;

    /** Administrators are registry staff, whose addresses are managed and never shared. */
    private static final Set<AccountType> BORROWING_TYPES = EnumSet.of(
            AccountType.THIRD_PARTY, AccountType.MEDICAL_EXAMINER, AccountType.ADMINISTRATIVE_ASSISTANT);

    private enum Sharing {
        SAME_PRIMARY,
        PRIMARY_IN_OTHER_CASE,
        LENDERS_PRIMARY_AS_SECONDARY
    }

    private static final List<Sharing> SHARINGS = List.of(Sharing.values());

    private final long seed;
    private final People people;
    private final ToIntFunction<AccountType> firstRandomIndex;

    /**
     * @param firstRandomIndex the index of the first random account of a type: sample accounts never
     *                         lend, so that their addresses keep the status the documentation gives them
     */
    SharedEmails(long seed, People people, ToIntFunction<AccountType> firstRandomIndex) {
        this.seed = seed;
        this.people = people;
        this.firstRandomIndex = firstRandomIndex;
    }

    /** @return the person of the index-th account of a type, with an address borrowed if it borrows one */
    Person share(Person person, AccountType type, int index) {
        if (!BORROWING_TYPES.contains(type)) {
            return person;
        }
        RowRandom random = sharingRandom(type, index);
        if (!borrows(random)) {
            return person;
        }
        OptionalInt lender = lender(type, index, random);
        if (lender.isEmpty()) {
            return person;
        }
        String lent = people.person(type, lender.getAsInt()).primaryEmail();
        return switch (random.pick(SHARINGS)) {
            case SAME_PRIMARY -> person.withPrimaryEmail(lent);
            case PRIMARY_IN_OTHER_CASE -> person.withPrimaryEmail(EmailAddresses.inOtherCase(lent));
            case LENDERS_PRIMARY_AS_SECONDARY -> person.withSecondaryEmail(lent);
        };
    }

    private OptionalInt lender(AccountType type, int borrower, RowRandom random) {
        int earlierRandomAccounts = borrower - firstRandomIndex.applyAsInt(type);
        if (earlierRandomAccounts < 1) {
            return OptionalInt.empty();
        }
        int window = Math.min(LENDER_WINDOW, earlierRandomAccounts);
        for (int attempt = 0; attempt < LENDER_ATTEMPTS; attempt++) {
            int candidate = borrower - random.between(1, window);
            if (!borrows(sharingRandom(type, candidate))) {
                return OptionalInt.of(candidate);
            }
        }
        return OptionalInt.empty();
    }

    /** Must be the first draw of an account's sharing stream: lenders are checked with it. */
    private static boolean borrows(RowRandom sharingRandom) {
        return sharingRandom.chance(BORROWING_RATE);
    }

    private RowRandom sharingRandom(AccountType type, int index) {
        return RowRandom.of(seed, type, index, RowRandom.Purpose.EMAIL_SHARING);
    }
}
