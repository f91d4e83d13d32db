package gov.dot.fmcsa.nationalregistry.synthetic;

import java.util.List;
import java.util.SortedSet;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * The random choices made for one aspect of one account. Each stream is seeded from the registry's
 * seed and the account's type, index and {@link Purpose} alone, so any row can be reproduced without
 * generating the rows before it: that is what lets the generator stream a million rows in constant
 * memory, and lets one row look at another (an email lent to a later row) without keeping it.
 */
final class RowRandom {

    /** Separate streams, so that drawing more for one aspect does not shift the others. */
    enum Purpose {
        PERSON,
        EMAIL_SHARING,
        DETAILS,
        MEMBERSHIP,
        ORGANIZATION
    }

    private final SplittableRandom random;

    private RowRandom(SplittableRandom random) {
        this.random = random;
    }

    /** @return the stream of one purpose for the index-th account of a type */
    static RowRandom of(long seed, AccountType type, int index, Purpose purpose) {
        long key = ((long) type.ordinal() << 40) ^ ((long) index << 4) ^ purpose.ordinal();
        return new RowRandom(new SplittableRandom(mix(mix(key) ^ seed)));
    }

    /** @return true with the given probability */
    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** @return a number from {@code min} to {@code max}, both included */
    int between(int min, int max) {
        return random.nextInt(min, max + 1);
    }

    /** @return a number from {@code origin} (included) to {@code bound} (excluded) */
    int below(int origin, int bound) {
        return random.nextInt(origin, bound);
    }

    /** @return one of the options, all equally likely */
    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /**
     * @return {@code count} different numbers from {@code origin} (included) to {@code bound}
     *         (excluded), in ascending order; {@code count} must not exceed the size of the range
     */
    SortedSet<Integer> distinct(int count, int origin, int bound) {
        SortedSet<Integer> numbers = new TreeSet<>();
        while (numbers.size() < count) {
            numbers.add(below(origin, bound));
        }
        return numbers;
    }

    /** MurmurHash3's finalizer: neighbouring keys (row i and row i + 1) get unrelated seeds. */
    private static long mix(long value) {
        long z = (value ^ (value >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
