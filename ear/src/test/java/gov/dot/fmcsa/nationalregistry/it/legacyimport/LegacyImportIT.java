package gov.dot.fmcsa.nationalregistry.it.legacyimport;

import static gov.dot.fmcsa.nationalregistry.it.support.LegacyFile.examiner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import gov.dot.fmcsa.nationalregistry.application.legacyimport.ImportProblem;
import gov.dot.fmcsa.nationalregistry.application.legacyimport.ImportSummary;
import gov.dot.fmcsa.nationalregistry.application.legacyimport.LegacyImportService;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountStatus;
import gov.dot.fmcsa.nationalregistry.domain.account.RegistryAccount;
import gov.dot.fmcsa.nationalregistry.it.support.LegacyFile;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryDeployment;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryProbe;
import gov.dot.fmcsa.nationalregistry.it.support.TestNumbers;
import gov.dot.fmcsa.nationalregistry.synthetic.SampleAccounts;
import gov.dot.fmcsa.nationalregistry.synthetic.SyntheticRegistry;
import jakarta.ejb.EJB;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The legacy import on the real server and database: idempotent, row by row, never half-written.
 * Numbers come from {@link TestNumbers} with prefix 71.
 */
@ExtendWith(ArquillianExtension.class)
class LegacyImportIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return RegistryDeployment.withTests(LegacyImportIT.class, LegacyFile.class);
    }

    @EJB
    private LegacyImportService importer;

    @EJB
    private RegistryProbe probe;

    private final List<ImportProblem> problems = new ArrayList<>();

    @Test
    void importingTheSameRegistryTwiceUpdatesInsteadOfDuplicating() throws IOException {
        SyntheticRegistry registry = SyntheticRegistry.builder()
                .examiners(120).assistants(15).thirdParties(6).administrators(2).seed(7).build();

        ImportSummary first = importer.importAccounts(csvOf(registry), "synthetic", problems::add);
        long accountsAfterFirst = probe.count("RegistryAccount");
        long licensesAfterFirst = probe.count("ProfessionalLicense");
        ImportSummary second = importer.importAccounts(csvOf(registry), "synthetic again", problems::add);

        assertThat(problems).isEmpty();
        assertThat(first.rowsRead()).isEqualTo(registry.accountCount());
        assertThat(first.created() + first.updated()).isEqualTo(registry.accountCount());
        assertThat(second.created()).isZero();
        assertThat(second.updated()).isEqualTo(registry.accountCount());
        assertThat(probe.count("RegistryAccount")).isEqualTo(accountsAfterFirst);
        assertThat(probe.count("ProfessionalLicense")).isEqualTo(licensesAfterFirst);

        RegistryAccount ada = probe.account(SampleAccounts.ADA_LOVELACE_NUMBER).orElseThrow();
        assertThat(ada.status()).isEqualTo(AccountStatus.LEGACY);
        assertThat(ada.primaryEmail().address()).isEqualTo(SampleAccounts.ADA_LOVELACE_EMAIL);
        assertThat(ada.licenses()).extracting(license -> license.number().value())
                .contains(SampleAccounts.ADA_LOVELACE_LICENSE_NUMBER);
        assertThat(ada.associatedOrganizations()).extracting(organization -> organization.code())
                .contains(SampleAccounts.ACME_ORGANIZATION_CODE);
        RegistryAccount evan = probe.account(SampleAccounts.EVAN_ASSISTANT_NUMBER).orElseThrow();
        assertThat(evan.designations()).extracting(designation -> designation.examiner().number().value())
                .contains(SampleAccounts.ADA_LOVELACE_NUMBER);
    }

    @Test
    void aReimportReplacesTheLicensesOfAnExaminer() throws IOException {
        String number = TestNumbers.next("71");
        String email = TestNumbers.email("replace", number);
        importer.importAccounts(LegacyFile.withHeader()
                .line(examiner(number, email,
                        "MD|MA|OLD-" + number + "|2030-01-01;DO|NY|KEEP-" + number + "|2030-01-01"))
                .stream(), "before", problems::add);
        importer.importAccounts(LegacyFile.withHeader()
                .line(examiner(number, email,
                        "DO|NY|KEEP-" + number + "|2031-06-30;PA|CT|NEW-" + number + "|2029-01-01"))
                .stream(), "after", problems::add);

        assertThat(problems).isEmpty();
        assertThat(probe.account(number).orElseThrow().licenses())
                .extracting(license -> license.number().value(), license -> license.expiresOn().toString())
                .containsExactlyInAnyOrder(tuple("KEEP-" + number, "2031-06-30"),
                        tuple("NEW-" + number, "2029-01-01"));
    }

    @Test
    void badRowsAreReportedAndEveryGoodRowIsImported() throws IOException {
        String goodOne = TestNumbers.next("71");
        String badState = TestNumbers.next("71");
        String tooShort = TestNumbers.next("71").substring(0, 8);
        String notAnEmail = TestNumbers.next("71");
        String tooFew = TestNumbers.next("71");
        String goodTwo = TestNumbers.next("71");
        ImportSummary summary = importer.importAccounts(LegacyFile.withHeader()
                .line(examiner(goodOne, TestNumbers.email("good.one", goodOne),
                        "MD|MA|G-" + goodOne + "|2030-01-01"))
                .line(examiner(badState, TestNumbers.email("bad.state", badState),
                        "MD|XX|G-" + badState + "|2030-01-01"))
                .line(examiner(tooShort, TestNumbers.email("short.number", tooShort),
                        "MD|MA|G-" + tooShort + "|2030-01-01"))
                .line(examiner(notAnEmail, "not-an-email", "MD|MA|G-" + notAnEmail + "|2030-01-01"))
                .line(tooFew + ",MEDICAL_EXAMINER,Too,Few")
                .line(examiner(goodOne, TestNumbers.email("again", goodOne),
                        "MD|MA|G-" + goodOne + "-AGAIN|2030-01-01"))
                .line(examiner(goodTwo, TestNumbers.email("good.two", goodTwo),
                        "DC|TX|G-" + goodTwo + "|2030-01-01"))
                .stream(), "bad rows", problems::add);

        assertThat(problems).extracting(ImportProblem::line, ImportProblem::field).containsExactly(
                tuple(3, "licenses"),
                tuple(4, "national_registry_number"),
                tuple(5, "primary_email"),
                tuple(6, "row"),
                tuple(7, "national_registry_number"));
        assertThat(problems.get(0).reason()).contains("unknown State code \"XX\"");
        assertThat(problems.get(3).reason()).isEqualTo("expected 19 fields, found 4");
        assertThat(summary.created()).isEqualTo(2);
        assertThat(summary.rejected()).isEqualTo(5);
        assertThat(probe.account(goodOne).orElseThrow().primaryEmail().address())
                .isEqualTo(TestNumbers.email("good.one", goodOne));
        assertThat(probe.account(goodTwo)).isPresent();
        assertThat(probe.account(badState)).isEmpty();
        assertThat(probe.account(notAnEmail)).isEmpty();
    }

    @Test
    void aRowWithInvalidUtf8IsRejectedAndTheNextRowIsStillRead() throws IOException {
        String broken = TestNumbers.next("71");
        String after = TestNumbers.next("71");
        byte[] notUtf8 = {(byte) 0xC3, (byte) 0x28};
        ImportSummary summary = importer.importAccounts(LegacyFile.withHeader()
                .bytes((broken + ",MEDICAL_EXAMINER,").getBytes(StandardCharsets.UTF_8)).bytes(notUtf8)
                .line(",Name," + TestNumbers.email("utf8", broken) + ",,,,,,,,2020-01-01,2030-01-01,MD|MA|U-" + broken
                        + "|2030-01-01,,,,")
                .line(examiner(after, TestNumbers.email("after.utf8", after), "MD|MA|U-" + after + "|2030-01-01"))
                .stream(), "utf-8", problems::add);

        assertThat(problems).extracting(ImportProblem::line, ImportProblem::field, ImportProblem::reason)
                .containsExactly(tuple(2, "row", "invalid UTF-8"));
        assertThat(summary.created()).isEqualTo(1);
        assertThat(probe.account(broken)).isEmpty();
    }

    @Test
    void anEmptyFileIsReportedAndAHeaderOnlyFileImportsNothing() throws IOException {
        ImportSummary empty = importer.importAccounts(LegacyFile.empty().stream(), "empty", problems::add);
        assertThat(problems).extracting(ImportProblem::line, ImportProblem::field).containsExactly(tuple(1, "row"));
        assertThat(problems.get(0).reason()).contains("empty");
        assertThat(empty.rowsRead()).isZero();
        assertThat(empty.readable()).isFalse();

        problems.clear();
        ImportSummary headerOnly = importer.importAccounts(LegacyFile.withHeader().stream(), "header only",
                problems::add);
        assertThat(problems).isEmpty();
        assertThat(headerOnly.readable()).isTrue();
        assertThat(headerOnly.rowsRead()).isZero();
        assertThat(headerOnly.created()).isZero();
    }

    @Test
    void aDatabaseFailureInsideABatchLeavesNoHalfWrittenAccount() throws IOException {
        // The account row is written before its licenses: a license the database refuses must
        // take the account with it, and cost no other row of the batch.
        String one = TestNumbers.next("71");
        String refused = TestNumbers.next("71");
        String three = TestNumbers.next("71");
        probe.execute("ALTER TABLE professional_license ADD CONSTRAINT ck_test_refused"
                + " CHECK (license_number <> 'REFUSED-" + refused + "')");
        try {
            ImportSummary summary = importer.importAccounts(LegacyFile.withHeader()
                    .line(examiner(one, TestNumbers.email("batch.one", one), "MD|MA|B-" + one + "|2030-01-01"))
                    .line(examiner(refused, TestNumbers.email("batch.two", refused),
                            "MD|MA|B-" + refused + "|2030-01-01;DO|MA|REFUSED-" + refused + "|2030-01-01"))
                    .line(examiner(three, TestNumbers.email("batch.three", three), "MD|MA|B-" + three + "|2030-01-01"))
                    .stream(), "refused", problems::add);

            assertThat(problems).extracting(ImportProblem::line, ImportProblem::field).containsExactly(tuple(3, "row"));
            assertThat(problems.get(0).reason()).startsWith("could not be saved");
            assertThat(summary.created()).isEqualTo(2);
            assertThat(probe.account(refused)).isEmpty();
            assertThat(probe.countLicensesOf(refused)).isZero();
            assertThat(probe.account(one)).isPresent();
            assertThat(probe.account(three)).isPresent();
        } finally {
            probe.execute("ALTER TABLE professional_license DROP CONSTRAINT ck_test_refused");
        }
    }

    private static InputStream csvOf(SyntheticRegistry registry) throws IOException {
        StringWriter csv = new StringWriter();
        registry.writeCsv(csv);
        return new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8));
    }
}
