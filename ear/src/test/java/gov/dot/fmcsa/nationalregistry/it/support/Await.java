package gov.dot.fmcsa.nationalregistry.it.support;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for work the registry does in the background (transfer processing, the outbox sender). */
public final class Await {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Await() {
    }

    /** Asks {@code value} again every 100 ms until {@code done} holds, and returns that value. */
    public static <T> T until(Supplier<T> value, Predicate<T> done) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        T current = value.get();
        while (!done.test(current)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("still not done after " + TIMEOUT + ": " + current);
            }
            pause(Duration.ofMillis(100));
            current = value.get();
        }
        return current;
    }

    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
