package gov.dot.fmcsa.nationalregistry.domain.transfer;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the registry did with a transfer request. Recorded on the request and in the audit log,
 * never shown to the person who asked: they always read the same neutral answer.
 */
public enum TransferOutcome {
    /** The email on file is unique: the account is now {@code MIGRATED}; email (a) queued. */
    MIGRATED,
    /** The email on file is shared with another account: {@code EMAIL_DUPLICATE}; email (b) queued. */
    EMAIL_DUPLICATE,
    /** The account had already moved on: the email matching its status queued again. */
    EMAIL_RESENT,
    /** The same email was queued for the account moments ago: nothing more sent. */
    REPEAT_IGNORED,
    /** No account matches what was given. */
    NO_MATCH,
    /** The account matches but is locked by an administrator. */
    ACCOUNT_LOCKED,
    /** Too many requests for this number or from this client address: nothing done. */
    RATE_LIMITED,
    /** Processing failed again and again (the server log says why): set aside, nothing sent. */
    PROCESSING_FAILED;

    /**
     * The outcomes of requests that named the account as it is on file: only these use up its
     * number's quota. Anyone can send requests with an examiner's public number and a wrong license;
     * if those counted, they would stop the examiner's own request.
     */
    public static final Set<TransferOutcome> MATCHED = Collections.unmodifiableSet(
            EnumSet.of(MIGRATED, EMAIL_DUPLICATE, EMAIL_RESENT, REPEAT_IGNORED, ACCOUNT_LOCKED));
}
