package gov.dot.fmcsa.nationalregistry.application.outbox;

import java.io.Serializable;
import java.time.Instant;

/** The outbox now: emails waiting, emails given up, and when the oldest waiting one was queued (null if none). */
public record OutboxHealth(long pending, long failed, Instant oldestPendingSince) implements Serializable {
}
