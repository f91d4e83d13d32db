package gov.dot.fmcsa.nationalregistry.domain.outbox;

/** Where an outbox email stands. */
public enum OutboxStatus {
    /** Written with its business change; not delivered yet (or waiting for a retry). */
    PENDING,
    /** Accepted by the mail server. */
    SENT,
    /** Given up after the last retry; an administrator may retry it. */
    FAILED
}
