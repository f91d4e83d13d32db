package gov.dot.fmcsa.nationalregistry.application.securityevent;

/** What became of a pushed security event; login.gov is told 202 in both cases. */
public enum SecurityEventReceipt {
    /** Stored; the queue acts on it within seconds. */
    STORED,
    /** An event with this {@code jti} was stored before, by this node or another: acknowledged only. */
    ALREADY_RECEIVED
}
