package gov.dot.fmcsa.nationalregistry.web.signin;

import gov.dot.fmcsa.nationalregistry.application.signin.LoginGovClaims;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.pac4j.oidc.profile.OidcProfile;

/**
 * Reads what the registry needs from the profile pac4j built out of login.gov's ID token and
 * userinfo response. login.gov puts the emails in userinfo only.
 */
final class ProfileClaims {

    private ProfileClaims() {
    }

    /**
     * The claims of {@code profile}: its {@code sub} (from the checked ID token), {@code email}
     * when {@code email_verified}, every {@code all_emails} but an address marked
     * {@code email_verified: false}, {@code ial} and {@code aal}.
     *
     * @throws LoginGovException when userinfo is about another {@code sub} than the ID token, or
     *                           names none (OpenID Connect Core 5.3.2: its claims must not be used)
     */
    static LoginGovClaims of(OidcProfile profile) {
        String subject = profile.getId();
        Object userInfoSubject = profile.getAttribute("sub");
        if (subject == null || !subject.equals(userInfoSubject)) {
            throw new LoginGovException("userinfo is about sub " + userInfoSubject + ", the ID token about " + subject);
        }
        return new LoginGovClaims(subject, verifiedEmails(profile), text(profile.getAttribute("ial")),
                text(profile.getAttribute("aal")));
    }

    private static List<String> verifiedEmails(OidcProfile profile) {
        List<String> emails = new ArrayList<>();
        if (Boolean.TRUE.equals(profile.getEmailVerified()) && profile.getEmail() != null) {
            emails.add(profile.getEmail());
        }
        Object all = profile.getAttribute("all_emails");
        if (all instanceof Collection<?> values) {
            values.stream().filter(String.class::isInstance).map(String.class::cast).forEach(emails::add);
        } else if (all instanceof String single) {
            emails.add(single);
        }
        // The provider's own word that an address is unverified wins over its listing it anyway: linking
        // by an address nobody proved would hand the account to whoever typed it.
        if (Boolean.FALSE.equals(profile.getEmailVerified()) && profile.getEmail() != null) {
            emails.removeIf(profile.getEmail()::equalsIgnoreCase);
        }
        return emails;
    }

    private static String text(Object claim) {
        return claim == null ? null : claim.toString();
    }
}
