package gov.dot.fmcsa.nationalregistry.application.legacyimport;

import static gov.dot.fmcsa.nationalregistry.application.legacyimport.LegacyColumn.*;

import gov.dot.fmcsa.nationalregistry.application.legacyimport.CsvRecordReader.CsvRecord;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import gov.dot.fmcsa.nationalregistry.domain.account.Certification;
import gov.dot.fmcsa.nationalregistry.domain.account.ContactDetails;
import gov.dot.fmcsa.nationalregistry.domain.account.EmailAddress;
import gov.dot.fmcsa.nationalregistry.domain.account.InvalidValueException;
import gov.dot.fmcsa.nationalregistry.domain.account.LicenseDetails;
import gov.dot.fmcsa.nationalregistry.domain.account.LicenseNumber;
import gov.dot.fmcsa.nationalregistry.domain.account.LicenseType;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.account.PhoneNumber;
import gov.dot.fmcsa.nationalregistry.domain.account.PostalAddress;
import gov.dot.fmcsa.nationalregistry.domain.geography.State;
import gov.dot.fmcsa.nationalregistry.domain.organization.ThirdPartyOrganization;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns one CSV record of a legacy file into a {@link LegacyAccountRow}, or into the list of
 * everything wrong with it: a person fixing the file sees all of a row's faults at once.
 */
class LegacyRowParser {

    /** Where a domain value's part (see {@link InvalidValueException#part()}) sits in the file. */
    private static final Map<String, LegacyColumn> COLUMN_OF_PART = Map.of(
            "firstName", FIRST_NAME, "lastName", LAST_NAME, "secondaryEmail", SECONDARY_EMAIL,
            "line1", ADDRESS_LINE1, "line2", ADDRESS_LINE2, "city", CITY, "state", STATE,
            "postalCode", POSTAL_CODE);

    /** The parsed row, or the problems that kept it from being parsed. */
    record Result(LegacyAccountRow row, List<ImportProblem> problems) {

        boolean isValid() {
            return row != null;
        }
    }

    Result parse(CsvRecord record) {
        if (record.problem() != null) {
            return failed(ImportProblem.ofRow(record.line(), record.problem()));
        }
        if (record.fields().size() != LegacyColumn.values().length) {
            return failed(ImportProblem.ofRow(record.line(), "expected " + LegacyColumn.values().length
                    + " fields, found " + record.fields().size()));
        }
        return new Reading(record).result();
    }

    private static Result failed(ImportProblem problem) {
        return new Result(null, List.of(problem));
    }

    /** The reading of one record: its fields, and the problems found so far. */
    private static final class Reading {

        private final CsvRecord record;
        private final List<ImportProblem> problems = new ArrayList<>();

        Reading(CsvRecord record) {
            this.record = record;
        }

        Result result() {
            NationalRegistryNumber number = required(NATIONAL_REGISTRY_NUMBER, NationalRegistryNumber::of);
            AccountType type = required(ACCOUNT_TYPE, Reading::accountType);
            ContactDetails contact = contact();
            if (type == null) {
                // Which columns apply depends on the type: checking them now would only add noise.
                return new Result(null, List.copyOf(problems));
            }
            boolean examiner = type == AccountType.MEDICAL_EXAMINER;
            boolean thirdParty = type == AccountType.THIRD_PARTY;
            Certification certification = examiner ? certification() : absent(CERTIFICATION_DATE, CERTIFICATION_EXPIRY);
            List<LicenseDetails> licenses = examiner ? licenses() : absentList(LICENSES);
            String organizationCode = thirdParty ? required(ORGANIZATION_CODE, ThirdPartyOrganization::validCode)
                    : absent(ORGANIZATION_CODE, ORGANIZATION_NAME);
            String organizationName = thirdParty ? optional(ORGANIZATION_NAME, Reading::organizationName) : null;
            List<NationalRegistryNumber> designatedBy = type == AccountType.ADMINISTRATIVE_ASSISTANT
                    ? list(DESIGNATED_BY, NationalRegistryNumber::of) : absentList(DESIGNATED_BY);
            List<String> associated = examiner ? list(ASSOCIATED_ORGANIZATIONS, ThirdPartyOrganization::validCode)
                    : absentList(ASSOCIATED_ORGANIZATIONS);
            if (!problems.isEmpty()) {
                return new Result(null, List.copyOf(problems));
            }
            return new Result(new LegacyAccountRow(record.line(), number, type, contact, certification, licenses,
                    organizationCode, organizationName, designatedBy, associated), List.of());
        }

        private ContactDetails contact() {
            EmailAddress primary = required(PRIMARY_EMAIL, EmailAddress::of);
            EmailAddress secondary = optional(SECONDARY_EMAIL, EmailAddress::of);
            PhoneNumber phone = optional(PHONE, PhoneNumber::of);
            PostalAddress address = address();
            if (primary == null) {
                return null;
            }
            try {
                return new ContactDetails(text(FIRST_NAME), text(LAST_NAME), primary, secondary, phone, address);
            } catch (InvalidValueException e) {
                problem(COLUMN_OF_PART.get(e.part()), e.getMessage());
                return null;
            }
        }

        private PostalAddress address() {
            List<LegacyColumn> parts = List.of(ADDRESS_LINE1, ADDRESS_LINE2, CITY, STATE, POSTAL_CODE);
            if (parts.stream().allMatch(column -> text(column).isEmpty())) {
                return null;
            }
            State state = text(STATE).isEmpty() ? null : required(STATE, Reading::state);
            if (!text(STATE).isEmpty() && state == null) {
                return null;
            }
            try {
                return new PostalAddress(text(ADDRESS_LINE1), text(ADDRESS_LINE2), text(CITY), state,
                        text(POSTAL_CODE));
            } catch (InvalidValueException e) {
                problem(COLUMN_OF_PART.get(e.part()), e.getMessage());
                return null;
            }
        }

        private Certification certification() {
            LocalDate certified = required(CERTIFICATION_DATE, Reading::date);
            LocalDate expires = required(CERTIFICATION_EXPIRY, Reading::date);
            if (certified == null || expires == null) {
                return null;
            }
            try {
                return new Certification(certified, expires);
            } catch (InvalidValueException e) {
                problem(CERTIFICATION_EXPIRY, e.getMessage());
                return null;
            }
        }

        private List<LicenseDetails> licenses() {
            List<LicenseDetails> licenses = list(LICENSES, Reading::license);
            if (licenses.isEmpty() && problems.stream().noneMatch(p -> p.field().equals(LICENSES.header()))) {
                problem(LICENSES, "an examiner has at least one license");
            }
            for (int i = 0; i < licenses.size(); i++) {
                LicenseDetails license = licenses.get(i);
                if (licenses.subList(0, i).stream().anyMatch(earlier -> earlier.issuingState() == license.issuingState()
                        && earlier.number().equals(license.number()))) {
                    problem(LICENSES, "license " + license.issuingState() + " " + license.number()
                            + " is listed twice");
                }
            }
            return licenses;
        }

        private static LicenseDetails license(String entry) {
            String[] parts = entry.split("\\|", -1);
            if (parts.length != 4) {
                throw new InvalidValueException("a license is TYPE|STATE|NUMBER|EXPIRY, not \"" + entry + "\"");
            }
            return new LicenseDetails(licenseType(parts[0]), state(parts[1]), LicenseNumber.of(parts[2]),
                    date(parts[3]));
        }

        private static AccountType accountType(String text) {
            return Arrays.stream(AccountType.values()).filter(type -> type.name().equals(text)).findFirst()
                    .orElseThrow(() -> new InvalidValueException("unknown account type \"" + text
                            + "\"; expected one of " + Arrays.toString(AccountType.values())));
        }

        private static LicenseType licenseType(String text) {
            return Arrays.stream(LicenseType.values()).filter(type -> type.name().equals(text.strip())).findFirst()
                    .orElseThrow(() -> new InvalidValueException("unknown license type \"" + text.strip()
                            + "\"; expected one of " + Arrays.toString(LicenseType.values())));
        }

        private static State state(String code) {
            return State.fromCode(code)
                    .orElseThrow(() -> new InvalidValueException("unknown State code \"" + code.strip() + "\""));
        }

        private static LocalDate date(String text) {
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidValueException("not a date in the form YYYY-MM-DD: \"" + text.strip() + "\"");
            }
        }

        private static String organizationName(String text) {
            if (text.length() > ThirdPartyOrganization.MAX_NAME_LENGTH) {
                throw new InvalidValueException("an organization name has at most "
                        + ThirdPartyOrganization.MAX_NAME_LENGTH + " characters");
            }
            return text;
        }

        private String text(LegacyColumn column) {
            return record.fields().get(column.ordinal()).strip();
        }

        private <T> T required(LegacyColumn column, Function<String, T> parser) {
            if (text(column).isEmpty()) {
                problem(column, "is required");
                return null;
            }
            return optional(column, parser);
        }

        private <T> T optional(LegacyColumn column, Function<String, T> parser) {
            String text = text(column);
            if (text.isEmpty()) {
                return null;
            }
            try {
                return parser.apply(text);
            } catch (InvalidValueException e) {
                problem(column, e.getMessage());
                return null;
            }
        }

        private <T> List<T> list(LegacyColumn column, Function<String, T> parser) {
            String text = text(column);
            if (text.isEmpty()) {
                return List.of();
            }
            List<T> values = new ArrayList<>();
            for (String entry : text.split(";", -1)) {
                try {
                    T value = parser.apply(entry.strip());
                    if (!values.contains(value)) {
                        values.add(value);
                    }
                } catch (InvalidValueException e) {
                    problem(column, e.getMessage());
                }
            }
            return Collections.unmodifiableList(values);
        }

        /** Checks that columns which do not apply to the row's account type are empty. */
        private <T> T absent(LegacyColumn... columns) {
            for (LegacyColumn column : columns) {
                if (!text(column).isEmpty()) {
                    problem(column, "must be empty for this account type");
                }
            }
            return null;
        }

        private <T> List<T> absentList(LegacyColumn column) {
            absent(column);
            return List.of();
        }

        private void problem(LegacyColumn column, String reason) {
            problems.add(new ImportProblem(record.line(), column.header(), reason));
        }
    }
}
