package gov.dot.fmcsa.nationalregistry.synthetic;

import static gov.dot.fmcsa.nationalregistry.synthetic.SampleAccounts.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The hand-picked accounts are there, the same, whatever the seed and size. */
class SampleAccountsTest {

    private static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 11, 30);

    static Stream<SyntheticRegistry> registries() {
        return Stream.of(
                SyntheticRegistry.defaults(),
                SyntheticRegistry.builder().seed(1).build(),
                SyntheticRegistry.builder().seed(-7).examiners(20_000).assistants(2000).thirdParties(300).build(),
                SyntheticRegistry.builder().seed(99).examiners(5).assistants(1).thirdParties(1).administrators(1)
                        .build());
    }

    @ParameterizedTest
    @MethodSource("registries")
    void sampleAccountsHaveTheirDocumentedAddresses(SyntheticRegistry registry) {
        ParsedRegistry parsed = ParsedRegistry.of(registry);

        assertThat(names(parsed, FIONA_THIRDPARTY_NUMBER)).isEqualTo("THIRD_PARTY Fiona Thirdparty");
        assertThat(names(parsed, ADA_LOVELACE_NUMBER)).isEqualTo("MEDICAL_EXAMINER Ada Lovelace");
        assertThat(names(parsed, BARTHOLOMEW_DUPLICATE_NUMBER)).isEqualTo("MEDICAL_EXAMINER Bartholomew Duplicate");
        assertThat(names(parsed, BEATRICE_DUPLICATE_NUMBER)).isEqualTo("MEDICAL_EXAMINER Beatrice Duplicate");
        assertThat(names(parsed, CARMEN_SECONDARY_NUMBER)).isEqualTo("MEDICAL_EXAMINER Carmen Secondary");
        assertThat(names(parsed, DANA_EXPIRED_NUMBER)).isEqualTo("MEDICAL_EXAMINER Dana Expired");
        assertThat(names(parsed, EVAN_ASSISTANT_NUMBER)).isEqualTo("ADMINISTRATIVE_ASSISTANT Evan Assistant");
        assertThat(names(parsed, GRACE_ADMINISTRATOR_NUMBER)).isEqualTo("ADMINISTRATOR Grace Administrator");

        assertThat(emails(parsed, FIONA_THIRDPARTY_NUMBER)).containsExactly(FIONA_THIRDPARTY_EMAIL, "");
        assertThat(emails(parsed, ADA_LOVELACE_NUMBER)).containsExactly(ADA_LOVELACE_EMAIL, "");
        assertThat(emails(parsed, BARTHOLOMEW_DUPLICATE_NUMBER)).containsExactly(SHARED_OFFICE_EMAIL, "");
        assertThat(emails(parsed, BEATRICE_DUPLICATE_NUMBER)).containsExactly(SHARED_OFFICE_EMAIL, "");
        assertThat(emails(parsed, CARMEN_SECONDARY_NUMBER))
                .containsExactly(CARMEN_PRIMARY_EMAIL, CARMEN_SECONDARY_EMAIL);
        assertThat(emails(parsed, DANA_EXPIRED_NUMBER)).containsExactly(DANA_EXPIRED_EMAIL, "");
        assertThat(emails(parsed, EVAN_ASSISTANT_NUMBER)).containsExactly(EVAN_ASSISTANT_EMAIL, "");
        assertThat(emails(parsed, GRACE_ADMINISTRATOR_NUMBER)).containsExactly(GRACE_ADMINISTRATOR_EMAIL, "");
    }

    @ParameterizedTest
    @MethodSource("registries")
    void onlyTheDuplicatesShareAnAddressOfASampleAccount(SyntheticRegistry registry) {
        Map<String, Long> accountsByAddress = ParsedRegistry.of(registry).accounts().stream()
                .flatMap(ParsedRegistry.Account::lowerCaseEmails)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        assertThat(accountsByAddress.get(SHARED_OFFICE_EMAIL)).isEqualTo(2);
        Stream.of(ADA_LOVELACE_EMAIL, CARMEN_PRIMARY_EMAIL, CARMEN_SECONDARY_EMAIL, DANA_EXPIRED_EMAIL,
                        EVAN_ASSISTANT_EMAIL, FIONA_THIRDPARTY_EMAIL, GRACE_ADMINISTRATOR_EMAIL)
                .forEach(email -> assertThat(accountsByAddress.get(email.toLowerCase(Locale.ROOT))).as(email)
                        .isEqualTo(1));
    }

    @ParameterizedTest
    @MethodSource("registries")
    void sampleRelationshipsAreExactlyTheDocumentedOnes(SyntheticRegistry registry) {
        ParsedRegistry parsed = ParsedRegistry.of(registry);

        assertThat(parsed.get(ADA_LOVELACE_NUMBER).list("associated_organizations"))
                .containsExactly(ACME_ORGANIZATION_CODE);
        assertThat(parsed.get(EVAN_ASSISTANT_NUMBER).list("designated_by")).containsExactly(ADA_LOVELACE_NUMBER);
        assertThat(parsed.accounts()).filteredOn(account -> !account.number().equals(ADA_LOVELACE_NUMBER))
                .allSatisfy(account -> assertThat(account.list("associated_organizations"))
                        .doesNotContain(ACME_ORGANIZATION_CODE));
        assertThat(parsed.accounts()).filteredOn(account -> !account.number().equals(EVAN_ASSISTANT_NUMBER))
                .allSatisfy(account -> assertThat(account.list("designated_by")).doesNotContainAnyElementsOf(
                        List.of(ADA_LOVELACE_NUMBER, BARTHOLOMEW_DUPLICATE_NUMBER, BEATRICE_DUPLICATE_NUMBER,
                                CARMEN_SECONDARY_NUMBER, DANA_EXPIRED_NUMBER)));
        assertThat(parsed.ofType("THIRD_PARTY"))
                .filteredOn(account -> account.get("organization_code").equals(ACME_ORGANIZATION_CODE))
                .extracting(ParsedRegistry.Account::number)
                .containsExactly(FIONA_THIRDPARTY_NUMBER);
    }

    @Test
    void adaHasHerDocumentedLicenseAndOrganization() {
        ParsedRegistry parsed = ParsedRegistry.of(SyntheticRegistry.defaults());

        assertThat(parsed.get(ADA_LOVELACE_NUMBER).get("licenses"))
                .isEqualTo("MD|MA|" + ADA_LOVELACE_LICENSE_NUMBER + "|" + REFERENCE_DATE.plusYears(2));
        assertThat(parsed.get(ADA_LOVELACE_NUMBER).get("state")).isEqualTo("MA");
        assertThat(parsed.get(FIONA_THIRDPARTY_NUMBER).get("organization_name")).isEqualTo(ACME_ORGANIZATION_NAME);
    }

    @Test
    void danaHasExpiredAndTheOtherSampleExaminersHaveNot() {
        ParsedRegistry parsed = ParsedRegistry.of(SyntheticRegistry.defaults());

        assertThat(expiries(parsed.get(DANA_EXPIRED_NUMBER))).allMatch(expiry -> expiry.isBefore(REFERENCE_DATE));
        Stream.of(ADA_LOVELACE_NUMBER, BARTHOLOMEW_DUPLICATE_NUMBER, BEATRICE_DUPLICATE_NUMBER, CARMEN_SECONDARY_NUMBER)
                .forEach(number -> assertThat(expiries(parsed.get(number))).as(number)
                        .allMatch(expiry -> expiry.isAfter(REFERENCE_DATE)));
    }

    @Test
    void sampleNumbersAreTheFirstNumbersOfTheirTypes() {
        assertThat(AccountType.THIRD_PARTY.nationalRegistryNumber(0)).isEqualTo(FIONA_THIRDPARTY_NUMBER);
        assertThat(AccountType.MEDICAL_EXAMINER.nationalRegistryNumber(0)).isEqualTo(ADA_LOVELACE_NUMBER);
        assertThat(AccountType.MEDICAL_EXAMINER.nationalRegistryNumber(4)).isEqualTo(DANA_EXPIRED_NUMBER);
        assertThat(AccountType.ADMINISTRATIVE_ASSISTANT.nationalRegistryNumber(0)).isEqualTo(EVAN_ASSISTANT_NUMBER);
        assertThat(AccountType.ADMINISTRATOR.nationalRegistryNumber(0)).isEqualTo(GRACE_ADMINISTRATOR_NUMBER);
    }

    @Test
    void smallCountsKeepOnlyTheFirstSampleAccountsAndDropReferencesToMissingOnes() {
        ParsedRegistry parsed = ParsedRegistry.of(SyntheticRegistry.builder()
                .examiners(2).assistants(1).thirdParties(0).administrators(0).build());

        assertThat(parsed.accounts()).extracting(ParsedRegistry.Account::number)
                .containsExactly(ADA_LOVELACE_NUMBER, BARTHOLOMEW_DUPLICATE_NUMBER, EVAN_ASSISTANT_NUMBER);
        assertThat(parsed.get(ADA_LOVELACE_NUMBER).get("associated_organizations")).isEmpty();
    }

    @Test
    void anAssistantWithoutExaminersIsDesignatedByNobody() {
        ParsedRegistry parsed = ParsedRegistry.of(SyntheticRegistry.builder()
                .examiners(0).assistants(3).thirdParties(0).administrators(0).build());

        assertThat(parsed.accounts()).hasSize(3)
                .allSatisfy(assistant -> assertThat(assistant.get("designated_by")).isEmpty());
    }

    @Test
    void anEmptyRegistryIsTheHeaderAlone() {
        String csv = ParsedRegistry.csv(SyntheticRegistry.builder()
                .examiners(0).assistants(0).thirdParties(0).administrators(0).build());

        assertThat(csv).isEqualTo(LegacyCsv.header());
    }

    private static String names(ParsedRegistry parsed, String number) {
        ParsedRegistry.Account account = parsed.get(number);
        return account.type() + " " + account.get("first_name") + " " + account.get("last_name");
    }

    private static List<String> emails(ParsedRegistry parsed, String number) {
        ParsedRegistry.Account account = parsed.get(number);
        return List.of(account.get("primary_email"), account.get("secondary_email"));
    }

    private static Stream<LocalDate> expiries(ParsedRegistry.Account examiner) {
        return Stream.concat(Stream.of(LocalDate.parse(examiner.get("certification_expiry"))),
                examiner.list("licenses").stream()
                        .map(license -> LocalDate.parse(license.substring(license.lastIndexOf('|') + 1))));
    }
}
