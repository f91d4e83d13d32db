package gov.dot.fmcsa.nationalregistry.application.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A registry served over https refuses to start with settings that would quietly weaken it. */
class HttpsDeploymentTest {

    private static final String PUBLIC_URL = "https://registry.example.gov";
    private static final String LOGIN_GOV = "https://secure.login.gov/";
    private static final Optional<String> KEY = Optional.of("k".repeat(HttpsDeployment.MINIMUM_KEY_BYTES));

    @Test
    void aCompleteDeploymentStarts() {
        assertThat(HttpsDeployment.problemsOf(PUBLIC_URL, LOGIN_GOV, KEY)).isEmpty();
    }

    @Test
    void anHttpIssuerAMissingOrShortAuditKeyAreEachNamed() {
        assertThat(HttpsDeployment.problemsOf(PUBLIC_URL, "http://idp.example.gov", Optional.empty()))
                .containsExactly("registry.login-gov.issuer (http://idp.example.gov) is not https",
                        "registry.audit.source-key is not set");
        assertThat(HttpsDeployment.problemsOf(PUBLIC_URL, LOGIN_GOV, Optional.of("short")))
                .containsExactly("registry.audit.source-key has 5 bytes, fewer than 32");
    }

    @Test
    void theBeanFailsTheDeploymentWithTheSettingsNames() {
        assertThatThrownBy(() -> new HttpsDeployment(PUBLIC_URL, LOGIN_GOV, Optional.empty()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("registry.public-url is https, but registry.audit.source-key is not set");
    }

    @Test
    void aLocalRunOverHttpKeepsItsDefaults() {
        assertThat(HttpsDeployment.problemsOf("http://localhost:8080", "http://localhost:8180/realms/login-gov",
                Optional.empty())).isEmpty();
    }
}
