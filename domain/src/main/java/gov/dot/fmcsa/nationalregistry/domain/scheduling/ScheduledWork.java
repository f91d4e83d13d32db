package gov.dot.fmcsa.nationalregistry.domain.scheduling;

/**
 * The registry's background work that must run on one server at a time, however many run the
 * registry: each is held by one node through its {@link WorkLease}.
 */
public enum ScheduledWork {
    /** Processing the stored transfer requests, one at a time in the order received. */
    TRANSFER_QUEUE,
    /** Sending the outbox's emails. */
    OUTBOX,
    /** Queuing the reminder campaigns' batches. */
    REMINDER_CAMPAIGNS,
    /** Acting on the security events login.gov pushed, one at a time in the order received. */
    SECURITY_EVENTS
}
