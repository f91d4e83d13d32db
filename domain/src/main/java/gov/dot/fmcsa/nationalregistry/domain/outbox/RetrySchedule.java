package gov.dot.fmcsa.nationalregistry.domain.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a failed delivery is tried again: after {@code firstDelay}, then twice as long each time,
 * never longer than {@code maxDelay}, and not after the {@code maxAttempts}-th attempt.
 */
public record RetrySchedule(int maxAttempts, Duration firstDelay, Duration maxDelay) {

    public RetrySchedule {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt is needed, not " + maxAttempts);
        }
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
    }

    /** When to try again after {@code attemptsMade} failed attempts, the last at {@code now}; empty: give up. */
    public Optional<Instant> nextAttempt(int attemptsMade, Instant now) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        // Doubling stops well before it could overflow: 2^20 times any sensible first delay is past maxDelay.
        Duration delay = firstDelay.multipliedBy(1L << Math.min(attemptsMade - 1, 20));
        return Optional.of(now.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay));
    }
}
