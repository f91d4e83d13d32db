package gov.dot.fmcsa.nationalregistry.domain.securityevent;

import java.util.Arrays;

/**
 * The security events login.gov pushes about the identities linked to registry accounts (the RISC
 * profile's event types and login.gov's own), by the last segment of the event type's URI. Stored
 * as its name in {@code security_event.event_type}.
 */
public enum SecurityEventType {
    /** The login.gov account was deleted: the link ends, the person can link a new one. */
    ACCOUNT_PURGED("account-purged"),
    /** login.gov disabled the account: no session of the registry account until it is enabled. */
    ACCOUNT_DISABLED("account-disabled"),
    ACCOUNT_ENABLED("account-enabled"),
    /** Too many failed second-factor attempts: login.gov locked the account for a while. */
    MFA_LIMIT_ACCOUNT_LOCKED("mfa-limit-account-locked"),
    RECOVERY_ACTIVATED("recovery-activated"),
    RECOVERY_INFORMATION_CHANGED("recovery-information-changed"),
    PASSWORD_RESET("password-reset"),
    /** The person verified their identity again. */
    REPROOF_COMPLETED("reproof-completed"),
    /** An email address left the login.gov account (subject: the email, no {@code sub}). */
    IDENTIFIER_CHANGED("identifier-changed"),
    /** An email address was taken by another login.gov account (subject: the email, no {@code sub}). */
    IDENTIFIER_RECYCLED("identifier-recycled"),
    /** Any other event type: acknowledged and recorded, nothing else. */
    UNKNOWN("");

    /** The namespaces of the event types login.gov sends: the RISC profile's and its own. */
    private static final String[] NAMESPACES = {
        "https://schemas.openid.net/secevent/risc/event-type/",
        "https://schemas.login.gov/secevent/risc/event-type/"
    };

    private final String segment;

    SecurityEventType(String segment) {
        this.segment = segment;
    }

    /** The type whose URI is {@code uri}, in either namespace; {@link #UNKNOWN} for any other. */
    public static SecurityEventType ofUri(String uri) {
        return Arrays.stream(NAMESPACES).filter(uri::startsWith).findFirst()
                .map(namespace -> uri.substring(namespace.length()))
                .flatMap(name -> Arrays.stream(values()).filter(type -> type != UNKNOWN && type.segment.equals(name))
                        .findFirst())
                .orElse(UNKNOWN);
    }

    /** The event's name as its URI ends, e.g. {@code account-disabled}; empty for {@link #UNKNOWN}. */
    public String eventName() {
        return segment;
    }

    /** True for the events whose subject is an email address instead of a login.gov {@code sub}. */
    public boolean aboutAnEmail() {
        return this == IDENTIFIER_CHANGED || this == IDENTIFIER_RECYCLED;
    }

    /** How a notice or the help desk names what happened, e.g. "your login.gov password was reset". */
    public String describe() {
        return switch (this) {
            case ACCOUNT_PURGED -> "your login.gov account was deleted";
            case ACCOUNT_DISABLED -> "your login.gov account was disabled";
            case ACCOUNT_ENABLED -> "your login.gov account was enabled again";
            case MFA_LIMIT_ACCOUNT_LOCKED -> "your login.gov account was locked after too many attempts at its "
                    + "second sign-in step";
            case RECOVERY_ACTIVATED -> "the recovery of your login.gov account was started";
            case RECOVERY_INFORMATION_CHANGED -> "the recovery information of your login.gov account was changed";
            case PASSWORD_RESET -> "the password of your login.gov account was reset";
            case REPROOF_COMPLETED -> "you verified your identity with login.gov again";
            case IDENTIFIER_CHANGED -> "an email address was removed from a login.gov account";
            case IDENTIFIER_RECYCLED -> "an email address was taken by another login.gov account";
            case UNKNOWN -> "login.gov sent an event the registry does not know";
        };
    }
}
