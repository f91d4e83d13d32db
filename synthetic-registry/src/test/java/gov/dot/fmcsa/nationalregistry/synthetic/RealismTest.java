package gov.dot.fmcsa.nationalregistry.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The proportions the README promises, measured on the default registry (5,000 examiners). */
class RealismTest {

    private static final ParsedRegistry REGISTRY = ParsedRegistry.of(SyntheticRegistry.defaults());
    private static final LocalDate REFERENCE_DATE = SyntheticRegistry.DEFAULT_REFERENCE_DATE;

    @Test
    void aboutTwoPercentOfAddressesAreUsedByTwoOrMoreAccounts() {
        Map<String, Long> accountsByAddress = accountsByLowerCaseAddress();
        long shared = accountsByAddress.values().stream().filter(accounts -> accounts >= 2).count();

        assertThat((double) shared / accountsByAddress.size()).isBetween(0.01, 0.035);
    }

    @Test
    void addressesAreSharedInEachOfTheThreeWays() {
        List<ParsedRegistry.Account> accounts = REGISTRY.accounts();
        Map<String, Long> primaries = countBy(account -> account.get("primary_email"));
        Map<String, Long> lowerCasePrimaries = countBy(account -> lowerCase(account.get("primary_email")));
        Set<String> lowerCaseSecondaries = accounts.stream().map(account -> lowerCase(account.get("secondary_email")))
                .filter(email -> !email.isEmpty()).collect(Collectors.toSet());

        assertThat(primaries.values()).as("the same primary address").anyMatch(count -> count >= 2);
        assertThat(lowerCasePrimaries).as("primary addresses differing only in case")
                .anySatisfy((email, count) -> assertThat(count).isGreaterThan(primaries.getOrDefault(email, 0L)));
        assertThat(lowerCasePrimaries.keySet()).as("one account's primary is another's secondary")
                .anyMatch(lowerCaseSecondaries::contains);
    }

    @Test
    void anAddressInOtherCaseIsAlsoInUseInLowerCase() {
        Set<String> exactAddresses = REGISTRY.accounts().stream()
                .flatMap(account -> Stream.of(account.get("primary_email"), account.get("secondary_email")))
                .collect(Collectors.toSet());

        assertThat(exactAddresses).filteredOn(email -> !email.equals(lowerCase(email)))
                .isNotEmpty()
                .allSatisfy(email -> assertThat(exactAddresses).contains(lowerCase(email)));
    }

    @Test
    void aboutFifteenPercentOfAccountsHaveASecondaryAddress() {
        long withSecondary = REGISTRY.accounts().stream()
                .filter(account -> !account.get("secondary_email").isEmpty()).count();

        assertThat((double) withSecondary / REGISTRY.accounts().size()).isCloseTo(0.15, within(0.03));
    }

    @Test
    void examinersHoldOneToThreeLicensesInDistinctStates() {
        Map<Integer, Long> examinersByLicenseCount = REGISTRY.ofType("MEDICAL_EXAMINER").collect(
                Collectors.groupingBy(examiner -> examiner.list("licenses").size(), Collectors.counting()));

        assertThat(examinersByLicenseCount).containsOnlyKeys(1, 2, 3);
        assertThat(REGISTRY.ofType("MEDICAL_EXAMINER")).allSatisfy(examiner ->
                assertThat(examiner.list("licenses").stream().map(license -> license.split("\\|")[1]))
                        .doesNotHaveDuplicates());
    }

    @Test
    void mostLicensesAreOfPhysiciansAndEachTypeOccurs() {
        List<String> licenses = licenses();
        Map<String, Long> licensesByType = licenses.stream()
                .collect(Collectors.groupingBy(license -> license.split("\\|")[0], Collectors.counting()));

        assertThat(licensesByType).containsOnlyKeys("MD", "DO", "PA", "APRN", "DC");
        assertThat(licensesByType.get("MD") + licensesByType.get("DO")).isGreaterThan(licenses.size() / 2);
    }

    @Test
    void aboutTenPercentOfLicensesHaveExpiredAndSomeExpireWithinNinetyDays() {
        List<LocalDate> expiries = licenses().stream()
                .map(license -> LocalDate.parse(license.substring(license.lastIndexOf('|') + 1)))
                .toList();
        long expired = expiries.stream().filter(expiry -> expiry.isBefore(REFERENCE_DATE)).count();
        long expiringSoon = expiries.stream()
                .filter(expiry -> !expiry.isBefore(REFERENCE_DATE) && !expiry.isAfter(REFERENCE_DATE.plusDays(90)))
                .count();

        assertThat((double) expired / expiries.size()).isCloseTo(0.10, within(0.03));
        assertThat(expiringSoon).isGreaterThan(expiries.size() / 50);
    }

    @Test
    void licenseNumbersAreUniqueInEachState() {
        List<String> stateAndNumber = licenses().stream().map(license -> {
            String[] parts = license.split("\\|");
            return parts[1] + "|" + parts[2];
        }).toList();

        assertThat(stateAndNumber).doesNotHaveDuplicates();
    }

    @Test
    void mostCertificationsAreOfTheLastTenYearsAndSomeHaveExpired() {
        List<LocalDate> certified = REGISTRY.ofType("MEDICAL_EXAMINER")
                .map(examiner -> LocalDate.parse(examiner.get("certification_date"))).toList();
        long expired = certified.stream().filter(date -> date.plusYears(10).isBefore(REFERENCE_DATE)).count();

        assertThat(certified).allMatch(date -> !date.isAfter(REFERENCE_DATE));
        assertThat((double) expired / certified.size()).isBetween(0.03, 0.15);
    }

    @Test
    void aboutFortyPercentOfExaminersWorkForOneOrTwoOrganizations() {
        List<Integer> associations = REGISTRY.ofType("MEDICAL_EXAMINER")
                .map(examiner -> examiner.list("associated_organizations").size()).toList();
        long associated = associations.stream().filter(count -> count > 0).count();

        assertThat(associations).allMatch(count -> count <= 2).contains(2);
        assertThat((double) associated / associations.size()).isCloseTo(0.40, within(0.04));
    }

    @Test
    void assistantsAreDesignatedByOneToThreeDifferentExaminers() {
        assertThat(REGISTRY.ofType("ADMINISTRATIVE_ASSISTANT")).allSatisfy(assistant ->
                assertThat(assistant.list("designated_by")).hasSizeBetween(1, 3).doesNotHaveDuplicates());
    }

    @Test
    void populousStatesAppearMoreOften() {
        Map<String, Long> addressesByState = REGISTRY.accounts().stream()
                .filter(account -> !account.get("state").isEmpty())
                .collect(Collectors.groupingBy(account -> account.get("state"), Collectors.counting()));

        assertThat(addressesByState.get("CA")).isGreaterThan(addressesByState.getOrDefault("VT", 0L) * 10);
        assertThat(addressesByState.get("TX")).isGreaterThan(addressesByState.getOrDefault("WY", 0L) * 10);
        assertThat(addressesByState.size()).isGreaterThan(45);
    }

    @Test
    void namesVaryAndIncludeAccentsAndApostrophes() {
        Set<String> names = new HashSet<>();
        REGISTRY.accounts().forEach(account -> names.add(account.get("first_name") + " " + account.get("last_name")));

        assertThat(names).hasSizeGreaterThan(2000)
                .anyMatch(name -> name.contains("'"))
                .anyMatch(name -> !name.matches("[\\x00-\\x7F]*"));
    }

    private static Map<String, Long> accountsByLowerCaseAddress() {
        return REGISTRY.accounts().stream()
                .flatMap(account -> account.lowerCaseEmails().distinct())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static Map<String, Long> countBy(Function<ParsedRegistry.Account, String> key) {
        return REGISTRY.accounts().stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }

    private static List<String> licenses() {
        return REGISTRY.ofType("MEDICAL_EXAMINER").flatMap(examiner -> examiner.list("licenses").stream()).toList();
    }

    private static String lowerCase(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
