package gov.dot.fmcsa.nationalregistry.domain.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.dot.fmcsa.nationalregistry.domain.account.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReasonTest {

    @Test
    void keepsTheTextWithoutSurroundingSpace() {
        assertThat(Reason.of("  Help desk ticket 4711 \n").text()).isEqualTo("Help desk ticket 4711");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\n\t"})
    void aMissingReasonIsRefusedWithAMessageForTheAdministrator(String text) {
        assertThatThrownBy(() -> Reason.of(text)).isInstanceOf(InvalidValueException.class)
                .hasMessage("Enter the reason for this action.");
    }

    @Test
    void fiveHundredCharactersAreTheMost() {
        assertThat(Reason.of("x".repeat(Reason.MAX_LENGTH)).text()).hasSize(Reason.MAX_LENGTH);
        assertThatThrownBy(() -> Reason.of("x".repeat(Reason.MAX_LENGTH + 1)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Keep the reason to 500 characters or fewer.");
    }
}
