package gov.dot.fmcsa.nationalregistry.application.signin;

import java.util.List;
import java.util.Objects;

/**
 * What login.gov told the registry about the person signing in, after the registry checked the
 * tokens: the stable {@code sub}, the email addresses login.gov has verified ({@code email} when
 * {@code email_verified}, and every one of {@code all_emails}), and the assurance levels.
 *
 * @param subject                login.gov's {@code sub}: one per person and agency, never reused
 * @param verifiedEmails         verified addresses, as login.gov spells them
 * @param identityAssurance      {@code ial}, or null
 * @param authenticatorAssurance {@code aal}, or null
 */
public record LoginGovClaims(String subject, List<String> verifiedEmails, String identityAssurance,
                             String authenticatorAssurance) {

    public LoginGovClaims {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("login.gov sent no subject");
        }
        verifiedEmails = List.copyOf(Objects.requireNonNull(verifiedEmails, "verifiedEmails"));
    }
}
