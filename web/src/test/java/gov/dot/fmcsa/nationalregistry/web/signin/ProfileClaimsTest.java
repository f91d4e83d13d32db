package gov.dot.fmcsa.nationalregistry.web.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.dot.fmcsa.nationalregistry.application.signin.LoginGovClaims;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pac4j.oidc.profile.OidcProfile;

/** What the registry takes from the profile pac4j builds of login.gov's ID token and userinfo. */
class ProfileClaimsTest {

    private static final String SUBJECT = "b2d2d115-1d7e-4579-b9d6-f8e84f4f56ca";

    @Test
    void takesTheVerifiedEmailThenAllEmailsAndTheAssuranceLevels() {
        LoginGovClaims claims = ProfileClaims.of(profile(Map.of(
                "sub", SUBJECT,
                "email", "pat.examiner@example.gov",
                "email_verified", true,
                "all_emails", List.of("pat.work@example.gov", "pat@example.com"),
                "ial", "http://idmanagement.gov/ns/assurance/ial/1",
                "aal", "http://idmanagement.gov/ns/assurance/aal/2")));

        assertThat(claims).isEqualTo(new LoginGovClaims(SUBJECT,
                List.of("pat.examiner@example.gov", "pat.work@example.gov", "pat@example.com"),
                "http://idmanagement.gov/ns/assurance/ial/1", "http://idmanagement.gov/ns/assurance/aal/2"));
    }

    @Test
    void ignoresAnEmailLoginGovHasNotVerified() {
        LoginGovClaims claims = ProfileClaims.of(profile(Map.of(
                "sub", SUBJECT,
                "email", "unverified@example.com",
                "email_verified", false,
                "all_emails", List.of("pat@example.com"))));

        assertThat(claims.verifiedEmails()).containsExactly("pat@example.com");
    }

    @Test
    void neverTakesAnAddressMarkedUnverifiedEvenWhenAllEmailsListsIt() {
        LoginGovClaims claims = ProfileClaims.of(profile(Map.of(
                "sub", SUBJECT,
                "email", "Pat.Examiner@example.gov",
                "email_verified", false,
                "all_emails", List.of("pat.examiner@example.gov", "pat@example.com"))));

        assertThat(claims.verifiedEmails()).containsExactly("pat@example.com");
    }

    @Test
    void ignoresAnEmailWithoutEmailVerified() {
        LoginGovClaims claims = ProfileClaims.of(profile(Map.of("sub", SUBJECT, "email", "unverified@example.com")));

        assertThat(claims.verifiedEmails()).isEmpty();
        assertThat(claims.identityAssurance()).isNull();
        assertThat(claims.authenticatorAssurance()).isNull();
    }

    @Test
    void takesASingleAllEmailsValue() {
        LoginGovClaims claims = ProfileClaims.of(profile(Map.of("sub", SUBJECT, "all_emails", "pat@example.com")));

        assertThat(claims.verifiedEmails()).containsExactly("pat@example.com");
    }

    @Test
    void refusesUserInfoAboutAnotherSubject() {
        OidcProfile profile = profile(Map.of("sub", "5a2f0c7e-8f3e-4a57-bb36-0d1f9c3e7a21"));

        assertThatThrownBy(() -> ProfileClaims.of(profile))
                .isInstanceOf(LoginGovException.class)
                .hasMessage("userinfo is about sub 5a2f0c7e-8f3e-4a57-bb36-0d1f9c3e7a21, the ID token about "
                        + SUBJECT);
    }

    @Test
    void refusesUserInfoWithoutSubject() {
        OidcProfile profile = profile(Map.of("email", "pat@example.com", "email_verified", true));

        assertThatThrownBy(() -> ProfileClaims.of(profile))
                .isInstanceOf(LoginGovException.class)
                .hasMessage("userinfo is about sub null, the ID token about " + SUBJECT);
    }

    /** The profile of an ID token about {@link #SUBJECT} with the claims of userinfo. */
    private static OidcProfile profile(Map<String, Object> userInfo) {
        OidcProfile profile = new OidcProfile();
        profile.setId(SUBJECT);
        userInfo.forEach(profile::addAttribute);
        return profile;
    }
}
