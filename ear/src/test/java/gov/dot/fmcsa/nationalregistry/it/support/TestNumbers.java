package gov.dot.fmcsa.nationalregistry.it.support;

import java.util.concurrent.atomic.AtomicLong;

/**
 * National Registry numbers for the accounts client-side tests import: a two-digit prefix per test
 * area (85 browser tests, 86 anti-enumeration) and eight digits that differ from one run to the
 * next, so that the tests also pass again on a database kept from an earlier run.
 */
public final class TestNumbers {

    private static final long SPAN = 100_000_000L;
    /** Tenths of a second: two runs minutes apart use ranges thousands apart. */
    private static final AtomicLong NEXT = new AtomicLong(System.currentTimeMillis() / 100 % SPAN);

    private TestNumbers() {
    }

    /** A new number starting with {@code prefix} (two digits). */
    public static String next(String prefix) {
        return prefix + "%08d".formatted(NEXT.getAndIncrement() % SPAN);
    }
}
