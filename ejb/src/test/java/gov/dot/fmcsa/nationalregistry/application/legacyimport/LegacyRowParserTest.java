package gov.dot.fmcsa.nationalregistry.application.legacyimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import gov.dot.fmcsa.nationalregistry.application.legacyimport.CsvRecordReader.CsvRecord;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import gov.dot.fmcsa.nationalregistry.domain.account.LicenseType;
import gov.dot.fmcsa.nationalregistry.domain.geography.State;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegacyRowParserTest {

    private static final String EXAMINER = "1000000001,MEDICAL_EXAMINER,Ada,Lovelace,Ada.Lovelace@Example.com,,"
            + "(617) 494-3003,55 Broadway,Suite 3,Cambridge,MA,02142,2020-01-15,2030-01-15,"
            + "MD|MA|md-100001|2027-05-31;DO|NV|DO-9876|2025-01-31,,,,TP-0001;TP-0002";

    private final LegacyRowParser parser = new LegacyRowParser();

    @Test
    void parsesAnExaminerWithEverything() {
        LegacyAccountRow row = parse(EXAMINER).row();

        assertThat(row.number().value()).isEqualTo("1000000001");
        assertThat(row.type()).isEqualTo(AccountType.MEDICAL_EXAMINER);
        assertThat(row.contact().primaryEmail().canonical()).isEqualTo("ada.lovelace@example.com");
        assertThat(row.contact().phone().digits()).isEqualTo("6174943003");
        assertThat(row.contact().address().state()).isEqualTo(State.MA);
        assertThat(row.certification().expiresOn()).isEqualTo(LocalDate.of(2030, 1, 15));
        assertThat(row.licenses()).extracting(l -> l.type(), l -> l.issuingState(), l -> l.number().value())
                .containsExactly(tuple(LicenseType.MD, State.MA, "MD-100001"),
                        tuple(LicenseType.DO, State.NV, "DO-9876"));
        assertThat(row.associatedOrganizations()).containsExactly("TP-0001", "TP-0002");
    }

    @Test
    void parsesAnAssistantAndAThirdParty() {
        LegacyAccountRow assistant = parse("2000000001,ADMINISTRATIVE_ASSISTANT,Evan,Assistant,evan@example.net,"
                + ",,,,,,,,,,,,1000000001;1000000002,").row();
        LegacyAccountRow thirdParty = parse("3000000001,THIRD_PARTY,Fiona,Thirdparty,fiona@example.com,"
                + ",,,,,,,,,,TP-0001,\"Smith, Jones & Co.\",,").row();

        assertThat(assistant.designatedBy()).extracting(n -> n.value()).containsExactly("1000000001", "1000000002");
        assertThat(thirdParty.organizationCode()).isEqualTo("TP-0001");
    }

    @Test
    void reportsEveryFaultOfARowAtOnce() {
        LegacyRowParser.Result result = parse("10000001,MEDICAL_EXAMINER,,Lovelace,ada@example,,555,"
                + "55 Broadway,,,ZZ,1234,2030-01-15,2020-01-15,MD|MA|X-1|soon,,,,");

        assertThat(result.isValid()).isFalse();
        assertThat(result.problems()).extracting(ImportProblem::line, ImportProblem::field).containsExactlyInAnyOrder(
                tuple(7, "national_registry_number"), tuple(7, "primary_email"), tuple(7, "phone"),
                tuple(7, "state"), tuple(7, "certification_expiry"), tuple(7, "licenses"));
    }

    @Test
    void reportsTheNameAndTheAddressPartAtFault() {
        assertThat(parse(EXAMINER.replace(",Ada,", ",,")).problems())
                .extracting(ImportProblem::field).containsExactly("first_name");
        assertThat(parse(EXAMINER.replace(",Cambridge,", ",,")).problems())
                .extracting(ImportProblem::field).containsExactly("city");
        assertThat(parse(EXAMINER.replace(",02142,", ",2142,")).problems())
                .extracting(ImportProblem::field).containsExactly("postal_code");
    }

    @Test
    void refusesASecondaryEmailThatIsThePrimaryInAnotherCase() {
        LegacyRowParser.Result result = parse(EXAMINER.replace("Ada.Lovelace@Example.com,,",
                "Ada.Lovelace@Example.com,ADA.LOVELACE@example.COM,"));

        assertThat(result.problems()).extracting(ImportProblem::field).containsExactly("secondary_email");
    }

    @Test
    void refusesLookAlikeLettersInAnEmailAddress() {
        // A Cyrillic "а" reads like a Latin "a" but is another mailbox.
        LegacyRowParser.Result result = parse(EXAMINER.replace("Ada.Lovelace@", "\u0430da.lovelace@"));

        assertThat(result.problems()).extracting(ImportProblem::field).containsExactly("primary_email");
    }

    @Test
    void refusesColumnsThatDoNotApplyToTheAccountType() {
        LegacyRowParser.Result result = parse("2000000001,ADMINISTRATIVE_ASSISTANT,Evan,Assistant,evan@example.net,"
                + ",,,,,,,2020-01-01,2030-01-01,MD|MA|X-1|2030-01-01,,,,TP-0001");

        assertThat(result.problems()).extracting(ImportProblem::field).containsExactlyInAnyOrder(
                "certification_date", "certification_expiry", "licenses", "associated_organizations");
    }

    @Test
    void refusesAnExaminerWithoutLicensesOrWithOneListedTwice() {
        assertThat(parse(EXAMINER.replace("MD|MA|md-100001|2027-05-31;DO|NV|DO-9876|2025-01-31", "")).problems())
                .extracting(ImportProblem::reason).containsExactly("an examiner has at least one license");
        assertThat(parse(EXAMINER.replace("DO|NV|DO-9876", "DO|MA|MD-100001")).problems())
                .extracting(ImportProblem::reason).containsExactly("license MA MD-100001 is listed twice");
    }

    @Test
    void anUnknownAccountTypeIsTheOnlyProblemReportedForTypeSpecificColumns() {
        LegacyRowParser.Result result = parse(EXAMINER.replace("MEDICAL_EXAMINER", "<script>alert(1)</script>"));

        assertThat(result.problems()).extracting(ImportProblem::field).containsExactly("account_type");
    }

    @Test
    void aWrongFieldCountIsAWholeRowProblem() {
        assertThat(parse("1000000001,MEDICAL_EXAMINER").problems())
                .extracting(ImportProblem::field, ImportProblem::reason)
                .containsExactly(tuple("row", "expected 19 fields, found 2"));
    }

    private LegacyRowParser.Result parse(String line) {
        return parser.parse(new CsvRecord(7, fields(line), null));
    }

    /** Splits a test line on commas outside quotes; enough for these rows. */
    private static List<String> fields(String line) {
        List<String> fields = new java.util.ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
