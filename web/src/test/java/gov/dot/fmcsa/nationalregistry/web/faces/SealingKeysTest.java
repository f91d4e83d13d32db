package gov.dot.fmcsa.nationalregistry.web.faces;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SealingKeysTest {

    @Test
    void takesAnAesKeyInBase64() {
        assertThatCode(() -> SealingKeys.check("k", Base64.getEncoder().encodeToString(new byte[32])))
                .doesNotThrowAnyException();
        assertThatCode(() -> SealingKeys.check("k", Base64.getEncoder().encodeToString(new byte[16])))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesWhatIsNotOneNamingTheSetting() {
        assertThatThrownBy(() -> SealingKeys.check("registry.faces.flash-key", "not base64!"))
                .hasMessageStartingWith("registry.faces.flash-key must be 32 random bytes in Base64");
        assertThatThrownBy(() -> SealingKeys.check("k", Base64.getEncoder().encodeToString(new byte[20])))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SealingKeys.check("k", "")).isInstanceOf(IllegalStateException.class);
        // Mojarra decodes strictly: a line break, as a file read whole would have, is not Base64.
        assertThatThrownBy(() -> SealingKeys.check("k", Base64.getEncoder().encodeToString(new byte[32]) + "\n"))
                .isInstanceOf(IllegalStateException.class);
    }
}
