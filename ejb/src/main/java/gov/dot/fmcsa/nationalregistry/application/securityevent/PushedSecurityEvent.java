package gov.dot.fmcsa.nationalregistry.application.securityevent;

import gov.dot.fmcsa.nationalregistry.domain.securityevent.SecurityEvent;
import java.time.Instant;

/**
 * A security event as login.gov pushed it, its token already checked by the web tier.
 *
 * @param jti      the token's identifier, unique per event
 * @param typeUri  the event type's URI, the one key of the token's {@code events}
 * @param subject  the login.gov {@code sub} the event is about, or null (events about an email)
 * @param email    the email address the event is about, or null
 * @param reason   why, where login.gov says (account-disabled), or null
 * @param issuedAt the token's {@code iat}
 */
public record PushedSecurityEvent(String jti, String typeUri, String subject, String email, String reason,
                                  Instant issuedAt) {

    SecurityEvent received(Instant at) {
        return new SecurityEvent(jti, typeUri, subject, email, reason, issuedAt, at);
    }
}
