package gov.dot.fmcsa.nationalregistry.domain.audit;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an audit event records. Stored as its name in {@code audit_event.action}: a name never
 * changes once events carry it (renaming one needs a migration of the rows that hold it).
 */
public enum AuditAction {

    // Transfer (anonymous requests, the queue that answers them)
    TRANSFER_REQUESTED,
    TRANSFER_FAILED,

    // Signing in with login.gov
    LOGIN_GOV_LINKED,
    LOGIN_GOV_SIGNED_IN,
    LOGIN_GOV_SIGN_IN_REFUSED,
    LOGIN_GOV_SIGN_IN_FAILED,
    SIGNED_OUT,

    // Security events pushed by login.gov, each audited with its jti
    LOGIN_GOV_LINK_ENDED,
    LOGIN_GOV_DISABLED,
    LOGIN_GOV_ENABLED,
    LOGIN_GOV_SECURITY_NOTICE,
    LOGIN_GOV_REPROOFED,
    EMAIL_ON_FILE_IN_DOUBT,
    SECURITY_EVENT_IGNORED,

    // A person's own account and its emailed links
    CONTACT_DETAILS_CHANGED,
    EMAIL_CHANGE_REQUESTED,
    EMAIL_CONFIRMED,
    EMAIL_LINK_USED,
    EMAIL_LINK_REFUSED,
    ASSISTANT_DESIGNATED,
    ASSISTANT_DESIGNATION_REVOKED,
    EXAMINER_ACCESS_REFUSED,

    // The outbox
    EMAIL_QUEUED,
    EMAIL_SENT,
    EMAIL_ATTEMPT_FAILED,
    EMAIL_FAILED,

    // The legacy import and the reminders
    LEGACY_IMPORT,
    LEGACY_IMPORT_STARTED,
    REMINDER_CAMPAIGN_STARTED,
    REMINDER_CAMPAIGN_FINISHED,

    // Administrators in the management console
    ACCOUNT_EMAIL_RESENT,
    ACCOUNT_EMAIL_SET,
    ACCOUNT_LOCKED,
    ACCOUNT_UNLOCKED,
    ACCOUNT_UNLINKED,
    ADMINISTRATOR_GRANTED,
    ADMINISTRATOR_REVOKED,
    TRANSFER_SETTING_CHANGED,
    EMAIL_RETRIED,
    EMAIL_BODY_VIEWED,
    AUDIT_EXPORTED;

    /** The action whose name is {@code name}, ignoring case and surrounding space, if there is one. */
    public static Optional<AuditAction> named(String name) {
        String wanted = name.strip();
        return Arrays.stream(values()).filter(action -> action.name().equalsIgnoreCase(wanted)).findFirst();
    }
}
