package gov.dot.fmcsa.nationalregistry.application.administration.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.dot.fmcsa.nationalregistry.domain.account.InvalidValueException;
import org.junit.jupiter.api.Test;

class AccountCriteriaTest {

    @Test
    void aBlankNameIsNoCriterionAndANameIsTrimmed() {
        assertThat(byName("   ").name()).isNull();
        assertThat(byName("  Ort ").name()).isEqualTo("Ort");
    }

    @Test
    void aNameIsTheStartOfTheLastNameOrLastCommaFirst() {
        assertThat(byName("de la Cr")).extracting(AccountCriteria::lastNamePrefix, AccountCriteria::firstNamePrefix)
                .containsExactly("de la Cr", null);
        assertThat(byName("Ortiz, Car")).extracting(AccountCriteria::lastNamePrefix, AccountCriteria::firstNamePrefix)
                .containsExactly("Ortiz", "Car");
        assertThat(byName(", Car")).extracting(AccountCriteria::lastNamePrefix, AccountCriteria::firstNamePrefix)
                .containsExactly(null, "Car");
        assertThat(byName("Ortiz,")).extracting(AccountCriteria::lastNamePrefix, AccountCriteria::firstNamePrefix)
                .containsExactly("Ortiz", null);
    }

    @Test
    void aNameLongerThanAnyOnFileIsRefusedWithAMessageForTheNameField() {
        assertThat(byName("x".repeat(100)).name()).hasSize(100);
        assertThatThrownBy(() -> byName("x".repeat(10_000))).isInstanceOfSatisfying(InvalidValueException.class,
                e -> {
                    assertThat(e.part()).isEqualTo("name");
                    assertThat(e.getMessage()).startsWith("Keep the name to 100 characters or fewer");
                });
    }

    @Test
    void wildcardsAndTheEscapeCharacterAreTakenLiterally() {
        assertThat(AccountSearch.likeLiteral("o'brien")).isEqualTo("o'brien");
        assertThat(AccountSearch.likeLiteral("50%_off!")).isEqualTo("50!%!_off!!");
    }

    private static AccountCriteria byName(String name) {
        return new AccountCriteria(null, name, null, null, null, null);
    }
}
