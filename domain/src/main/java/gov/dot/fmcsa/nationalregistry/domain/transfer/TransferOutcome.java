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
     * The outcomes of requests that did not name the account as it is on file, or were not looked
     * at: these do not use up the number's quota. Anyone can send requests with an examiner's public
     * number and a wrong license; if those counted, they would stop the examiner's own request.
     * (Queried as {@code NOT IN}: an {@code IN} of the other outcomes leads Derby to the outcome
     * index, a scan of every past request, instead of the one by number.)
     */
    public static final Set<TransferOutcome> UNMATCHED = Collections.unmodifiableSet(
            EnumSet.of(NO_MATCH, RATE_LIMITED, PROCESSING_FAILED));
}
