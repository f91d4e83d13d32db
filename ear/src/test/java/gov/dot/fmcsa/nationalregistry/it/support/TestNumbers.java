package gov.dot.fmcsa.nationalregistry.it.support;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Everything a test needs to be unique, so that no test depends on the rows of another or of an
 * earlier run on a kept database: National Registry numbers (a two-digit prefix per test class,
 * named in its Javadoc, and eight digits that differ from one run to the next), the emails derived
 * from them, and client addresses for the per-address limits.
 */
public final class TestNumbers {

    /** The administrator the test server names in {@code registry.first-administrator} (arquillian.xml). */
    public static final String FIRST_ADMINISTRATOR = "8899999999";

    private static final long SPAN = 100_000_000L;
    /** Tenths of a second: two runs minutes apart use ranges thousands apart. */
    private static final AtomicLong NEXT = new AtomicLong(System.currentTimeMillis() / 100 % SPAN);
    private static final AtomicLong NEXT_ADDRESS = new AtomicLong(System.currentTimeMillis() / 100);

    private TestNumbers() {
    }

    /** A new number starting with {@code prefix} (two digits). */
    public static String next(String prefix) {
        return prefix + "%08d".formatted(NEXT.getAndIncrement() % SPAN);
    }

    /**
     * The number {@code index} (0 to 99) of this run under {@code prefix}, the same in the test JVM and
     * in the test server: for mixed tests, whose client side must name accounts their server side
     * made. The build gives both the run's id (test.run, ear/pom.xml: day, hour and minute), so
     * another run uses other numbers. The prefix must be one that {@link #next} is never given.
     */
    public static String ofThisRun(String prefix, int index) {
        String run = System.getProperty("test.run");
        if (run == null || !run.matches("\\d{6}") || index < 0 || index > 99) {
            throw new IllegalStateException("test.run (six digits, set by ear/pom.xml) and an index 0-99 are needed,"
                    + " not " + run + " and " + index);
        }
        return prefix + run + "%02d".formatted(index);
    }

    /** {@code label.number@example.com}: an address only the account of {@code number} uses. */
    public static String email(String label, String number) {
        return label + "." + number + "@example.com";
    }

    /** A client address no other request of this run sent from (10.0.0.0/8, 16 million of them). */
    public static String nextClientAddress() {
        long address = NEXT_ADDRESS.getAndIncrement() % (1 << 24);
        return "10.%d.%d.%d".formatted(address >> 16, address >> 8 & 0xFF, address & 0xFF);
    }
}
