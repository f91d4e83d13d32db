package gov.dot.fmcsa.nationalregistry.domain.outbox;

/** What an outbox email is about; the console and the audit log name emails by it. */
public enum EmailKind {
    /** Email (a): the account was migrated; sign in through the registry with login.gov. */
    TRANSFER_MIGRATED,
    /** Email (b): the email on file is shared; set a new unique one through the link. */
    TRANSFER_EMAIL_DUPLICATE,
    /** Sent to a newly given address: confirm that it reaches its owner. */
    CONFIRM_NEW_EMAIL,
    /** To an administrative assistant: an examiner designated them to act for the examiner. */
    ASSISTANT_DESIGNATED,
    /** To a LEGACY account, from an administrator's reminder campaign: transfer before it is too late. */
    TRANSFER_REMINDER,
    /** login.gov deleted the account linked to the registry account: how to link a new one. */
    LOGIN_GOV_LINK_ENDED,
    /** Something happened to the person's login.gov account: if it was not them, whom to contact. */
    SECURITY_NOTICE
}
