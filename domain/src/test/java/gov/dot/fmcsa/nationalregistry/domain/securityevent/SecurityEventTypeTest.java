package gov.dot.fmcsa.nationalregistry.domain.securityevent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityEventTypeTest {

    private static final String RISC = "https://schemas.openid.net/secevent/risc/event-type/";
    private static final String LOGIN_GOV = "https://schemas.login.gov/secevent/risc/event-type/";

    @Test
    void aTypeIsKnownByItsUriInEitherNamespace() {
        assertThat(SecurityEventType.ofUri(RISC + "account-purged")).isEqualTo(SecurityEventType.ACCOUNT_PURGED);
        assertThat(SecurityEventType.ofUri(LOGIN_GOV + "password-reset")).isEqualTo(SecurityEventType.PASSWORD_RESET);
        assertThat(SecurityEventType.ofUri(RISC + "identifier-recycled"))
                .isEqualTo(SecurityEventType.IDENTIFIER_RECYCLED);
    }

    @Test
    void anyOtherUriIsUnknown() {
        assertThat(SecurityEventType.ofUri(RISC + "sessions-revoked")).isEqualTo(SecurityEventType.UNKNOWN);
        assertThat(SecurityEventType.ofUri("https://evil.example/event-type/account-purged"))
                .isEqualTo(SecurityEventType.UNKNOWN);
        assertThat(SecurityEventType.ofUri(RISC)).isEqualTo(SecurityEventType.UNKNOWN);
    }

    @Test
    void onlyTheIdentifierEventsAreAboutAnEmail() {
        assertThat(SecurityEventType.values()).filteredOn(SecurityEventType::aboutAnEmail)
                .containsExactlyInAnyOrder(SecurityEventType.IDENTIFIER_CHANGED, SecurityEventType.IDENTIFIER_RECYCLED);
    }
}
