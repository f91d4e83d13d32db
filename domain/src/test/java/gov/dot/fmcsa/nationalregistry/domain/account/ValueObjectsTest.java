package gov.dot.fmcsa.nationalregistry.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.dot.fmcsa.nationalregistry.domain.geography.State;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ValueObjectsTest {

    @Test
    void aNationalRegistryNumberHasExactlyTenDigits() {
        assertThat(NationalRegistryNumber.of(" 1234567890 ").value()).isEqualTo("1234567890");
        assertThatThrownBy(() -> NationalRegistryNumber.of("123456789")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> NationalRegistryNumber.of("12345678901")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> NationalRegistryNumber.of("12345O7890")).isInstanceOf(InvalidValueException.class);
        // Arabic-Indic digits are digits to Character.isDigit, but not to the registry.
        assertThatThrownBy(() -> NationalRegistryNumber.of("١٢٣٤٥٦٧٨٩٠")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> NationalRegistryNumber.of("")).hasMessageContaining("required");
    }

    @Test
    void emailAddressesCompareWithoutLetterCaseButKeepTheirSpelling() {
        EmailAddress mixed = EmailAddress.of(" Jane.Doe@Example.com ");
        EmailAddress lower = EmailAddress.of("jane.doe@example.com");

        assertThat(mixed.address()).isEqualTo("Jane.Doe@Example.com");
        assertThat(mixed.canonical()).isEqualTo("jane.doe@example.com");
        assertThat(mixed.sameMailboxAs(lower)).isTrue();
        assertThat(mixed.sameMailboxAs(EmailAddress.of("john@example.com"))).isFalse();
    }

    @Test
    void anEmailAddressMustBeMailable() {
        for (String bad : new String[] {"plain", "a@b", "two@@example.com", "sp ace@example.com",
            "<script>@example.com", "jos\u00e9@example.com", "a".repeat(250) + "@example.com"}) {
            assertThatThrownBy(() -> EmailAddress.of(bad)).as(bad).isInstanceOf(InvalidValueException.class);
        }
    }

    @Test
    void phoneNumbersAreReadInTheUsualUsWays() {
        assertThat(PhoneNumber.of("(617) 494-3003").digits()).isEqualTo("6174943003");
        assertThat(PhoneNumber.of("+1 617 494 3003").digits()).isEqualTo("6174943003");
        assertThat(PhoneNumber.of("1-617-494-3003").toString()).isEqualTo("617.494.3003");
        assertThatThrownBy(() -> PhoneNumber.of("494-3003")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> PhoneNumber.of("617-494-300x")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void licenseNumbersAreUpperCasedAndLimited() {
        assertThat(LicenseNumber.of(" md-12a ").value()).isEqualTo("MD-12A");
        assertThatThrownBy(() -> LicenseNumber.of("A B")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> LicenseNumber.of("X".repeat(21))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void statesAreTheFiftyDcAndTheTerritories() {
        assertThat(State.values()).hasSize(56);
        assertThat(State.fromCode(" ma ")).contains(State.MA);
        assertThat(State.fromCode("PR")).contains(State.PR);
        assertThat(State.fromCode("XX")).isEmpty();
        assertThat(State.fromCode(null)).isEmpty();
    }

    @Test
    void anAddressNamesThePartAtFault() {
        assertThatThrownBy(() -> new PostalAddress("1 Main St", null, "Boston", State.MA, "0211"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.part()).isEqualTo("postalCode"));
        assertThatThrownBy(() -> new PostalAddress("1 Main St", null, " ", State.MA, "02110"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.part()).isEqualTo("city"));
        assertThat(new PostalAddress(" 1 Main St ", " ", "Boston", State.MA, "02110-1234").line2()).isNull();
    }

    @Test
    void aCertificationCannotEndBeforeItStarts() {
        Certification certification = new Certification(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1));

        assertThat(certification.daysLeft(LocalDate.of(2029, 12, 22))).isEqualTo(10);
        assertThat(certification.daysLeft(LocalDate.of(2030, 1, 2))).isNegative();
        assertThatThrownBy(() -> new Certification(LocalDate.of(2030, 1, 1), LocalDate.of(2020, 1, 1)))
                .isInstanceOf(InvalidValueException.class);
    }
}
