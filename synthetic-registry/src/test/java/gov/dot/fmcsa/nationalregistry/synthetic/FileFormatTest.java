package gov.dot.fmcsa.nationalregistry.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generated file follows docs/legacy-import-format.md. */
class FileFormatTest {

    private static final ParsedRegistry REGISTRY = ParsedRegistry.of(SyntheticRegistry.defaults());

    private static final List<String> TYPE_ORDER =
            List.of("THIRD_PARTY", "MEDICAL_EXAMINER", "ADMINISTRATIVE_ASSISTANT", "ADMINISTRATOR");

    private static final Set<String> STATE_CODES = Set.of(
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
            "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY",
            "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV",
            "WI", "WY", "DC", "AS", "GU", "MP", "PR", "VI");

    private static final Pattern RESERVED_EMAIL =
            Pattern.compile("[A-Za-z0-9._]+@([A-Za-z0-9-]+\\.)*example\\.(com|org|net)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FICTITIOUS_PHONE =
            Pattern.compile("\\(\\d{3}\\) 555-01\\d\\d|\\d{3}\\.555\\.01\\d\\d|\\+1 \\d{3} 555 01\\d\\d");
    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}(-\\d{4})?");
    private static final Pattern LICENSE =
            Pattern.compile("(MD|DO|PA|APRN|DC)\\|([A-Z]{2})\\|[A-Z0-9-]{1,20}\\|\\d{4}-\\d\\d-\\d\\d");
    private static final Pattern ORGANIZATION_CODE = Pattern.compile("[A-Z0-9-]{2,20}");

    @Test
    void startsWithTheDocumentedHeader() {
        assertThat(REGISTRY.text()).startsWith("national_registry_number,account_type,first_name,last_name,"
                + "primary_email,secondary_email,phone,address_line1,address_line2,city,state,postal_code,"
                + "certification_date,certification_expiry,licenses,organization_code,organization_name,"
                + "designated_by,associated_organizations\r\n");
    }

    @Test
    void headerNamesTheColumnsOfTheFormatDocumentInOrder() throws IOException {
        String document = Files.readString(Path.of("../docs/legacy-import-format.md"));
        Matcher column = Pattern.compile("(?m)^\\| (\\d+) \\| `([a-z0-9_]+)` \\|").matcher(document);
        List<String> documented = column.results().map(result -> result.group(2)).toList();

        assertThat(documented).hasSize(19);
        assertThat(REGISTRY.header()).isEqualTo(documented);
    }

    @Test
    void everyRowHasNineteenFieldsAndEndsWithCrLf() {
        assertThat(REGISTRY.accounts()).hasSize(5553)
                .allSatisfy(account -> assertThat(account.fields()).hasSize(19));
        assertThat(REGISTRY.text().split("\r\n", -1)).hasSize(5553 + 2); // the last line end leaves ""
        assertThat(REGISTRY.text().replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void nationalRegistryNumbersAreUniqueTenDigitsLedByTheirTypesDigit() {
        List<String> numbers = REGISTRY.accounts().stream().map(ParsedRegistry.Account::number).toList();

        assertThat(numbers).doesNotHaveDuplicates().allMatch(number -> number.matches("\\d{10}"));
        assertThat(REGISTRY.ofType("THIRD_PARTY")).allMatch(account -> account.number().startsWith("3"));
        assertThat(REGISTRY.ofType("MEDICAL_EXAMINER")).allMatch(account -> account.number().startsWith("1"));
        assertThat(REGISTRY.ofType("ADMINISTRATIVE_ASSISTANT")).allMatch(account -> account.number().startsWith("2"));
        assertThat(REGISTRY.ofType("ADMINISTRATOR")).allMatch(account -> account.number().startsWith("9"));
    }

    @Test
    void listsThirdPartiesThenExaminersThenAssistantsThenAdministrators() {
        List<Integer> typeRanks = REGISTRY.accounts().stream()
                .map(account -> TYPE_ORDER.indexOf(account.type()))
                .toList();

        assertThat(typeRanks).doesNotContain(-1).isSorted();
        assertThat(typeRanks.stream().distinct()).containsExactly(0, 1, 2, 3);
    }

    @Test
    void everyReferenceIsToAnEarlierRow() {
        Set<String> examinersSoFar = new HashSet<>();
        Set<String> organizationsSoFar = new HashSet<>();
        for (ParsedRegistry.Account account : REGISTRY.accounts()) {
            assertThat(examinersSoFar).as("designators of %s", account.number())
                    .containsAll(account.list("designated_by"));
            assertThat(organizationsSoFar).as("organizations of %s", account.number())
                    .containsAll(account.list("associated_organizations"));
            if (account.is("MEDICAL_EXAMINER")) {
                examinersSoFar.add(account.number());
            }
            if (account.is("THIRD_PARTY")) {
                organizationsSoFar.add(account.get("organization_code"));
            }
        }
    }

    @Test
    void anOrganizationIsNamedOnItsFirstRowAndNamedAlikeOnTheOthers() {
        var namesByCode = REGISTRY.ofType("THIRD_PARTY").collect(Collectors.groupingBy(
                account -> account.get("organization_code"),
                Collectors.mapping(account -> account.get("organization_name"), Collectors.toSet())));

        assertThat(namesByCode.keySet()).allMatch(code -> ORGANIZATION_CODE.matcher(code).matches());
        assertThat(namesByCode.values()).allSatisfy(names ->
                assertThat(names).hasSize(1).allMatch(name -> !name.isBlank() && name.length() <= 200));
        assertThat(namesByCode.size()).as("some third parties share an organization")
                .isLessThan((int) REGISTRY.ofType("THIRD_PARTY").count());
    }

    @Test
    void columnsThatDoNotApplyToATypeAreEmpty() {
        List<String> examinerColumns = List.of("certification_date", "certification_expiry", "licenses",
                "associated_organizations");
        List<String> thirdPartyColumns = List.of("organization_code", "organization_name");
        for (ParsedRegistry.Account account : REGISTRY.accounts()) {
            if (!account.is("MEDICAL_EXAMINER")) {
                assertThat(examinerColumns).allMatch(column -> account.get(column).isEmpty());
            }
            if (!account.is("THIRD_PARTY")) {
                assertThat(thirdPartyColumns).allMatch(column -> account.get(column).isEmpty());
            }
            if (!account.is("ADMINISTRATIVE_ASSISTANT")) {
                assertThat(account.get("designated_by")).isEmpty();
            }
        }
        assertThat(REGISTRY.ofType("ADMINISTRATOR"))
                .allSatisfy(account -> assertThat(account.get("address_line1")).isEmpty());
    }

    @Test
    void contactFieldsHaveTheDocumentedFormats() {
        for (ParsedRegistry.Account account : REGISTRY.accounts()) {
            assertThat(account.get("first_name")).isNotBlank().hasSizeLessThanOrEqualTo(100);
            assertThat(account.get("last_name")).isNotBlank().hasSizeLessThanOrEqualTo(100);
            assertThat(account.get("primary_email")).matches(RESERVED_EMAIL).hasSizeLessThanOrEqualTo(254);
            assertThat(account.get("secondary_email")).matches(email -> email.isEmpty()
                    || RESERVED_EMAIL.matcher(email).matches()
                            && !email.equalsIgnoreCase(account.get("primary_email")));
            assertThat(account.get("phone")).matches(phone -> phone.isEmpty()
                    || FICTITIOUS_PHONE.matcher(phone).matches());
            assertAddressIsCompleteOrAbsent(account);
        }
    }

    @Test
    void examinerFieldsHaveTheDocumentedFormats() {
        assertThat(REGISTRY.ofType("MEDICAL_EXAMINER")).allSatisfy(examiner -> {
            LocalDate certified = LocalDate.parse(examiner.get("certification_date"));
            assertThat(LocalDate.parse(examiner.get("certification_expiry"))).isEqualTo(certified.plusYears(10));
            assertThat(examiner.list("licenses")).isNotEmpty().allSatisfy(license -> {
                Matcher matcher = LICENSE.matcher(license);
                assertThat(matcher.matches()).as(license).isTrue();
                assertThat(STATE_CODES).contains(matcher.group(2));
                LocalDate.parse(license.substring(license.lastIndexOf('|') + 1));
            });
        });
    }

    @Test
    void quotesFieldsHoldingACommaAndReadsThemBackWhole() {
        ParsedRegistry.Account withComma = REGISTRY.ofType("THIRD_PARTY")
                .filter(account -> account.get("organization_name").contains(","))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no organization name with a comma"));
        String name = withComma.get("organization_name");

        assertThat(REGISTRY.text()).contains("," + withComma.get("organization_code") + ",\"" + name + "\",");
        assertThat(withComma.fields()).hasSize(19);
    }

    private static void assertAddressIsCompleteOrAbsent(ParsedRegistry.Account account) {
        if (account.get("address_line1").isEmpty()) {
            assertThat(List.of("address_line2", "city", "state", "postal_code"))
                    .allMatch(column -> account.get(column).isEmpty());
            return;
        }
        assertThat(account.get("city")).isNotBlank();
        assertThat(STATE_CODES).contains(account.get("state"));
        assertThat(account.get("postal_code")).matches(POSTAL_CODE);
    }
}
