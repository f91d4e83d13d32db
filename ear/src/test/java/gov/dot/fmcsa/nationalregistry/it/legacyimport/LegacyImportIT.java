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

/** The legacy import on the real server and database: idempotent, row by row, never half-written. */
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
        importer.importAccounts(LegacyFile.withHeader()
                .line(examiner("7100000001", "replace@example.com", "MD|MA|OLD-1|2030-01-01;DO|NY|KEEP-1|2030-01-01"))
                .stream(), "before", problems::add);
        importer.importAccounts(LegacyFile.withHeader()
                .line(examiner("7100000001", "replace@example.com", "DO|NY|KEEP-1|2031-06-30;PA|CT|NEW-1|2029-01-01"))
                .stream(), "after", problems::add);

        assertThat(problems).isEmpty();
        assertThat(probe.account("7100000001").orElseThrow().licenses())
                .extracting(license -> license.number().value(), license -> license.expiresOn().toString())
                .containsExactlyInAnyOrder(tuple("KEEP-1", "2031-06-30"), tuple("NEW-1", "2029-01-01"));
    }

    @Test
    void badRowsAreReportedAndEveryGoodRowIsImported() throws IOException {
        ImportSummary summary = importer.importAccounts(LegacyFile.withHeader()
                .line(examiner("7200000001", "good.one@example.com", "MD|MA|G-1|2030-01-01"))
                .line(examiner("7200000002", "bad.state@example.com", "MD|XX|G-2|2030-01-01"))
                .line(examiner("72000000", "short.number@example.com", "MD|MA|G-3|2030-01-01"))
                .line(examiner("7200000004", "not-an-email", "MD|MA|G-4|2030-01-01"))
                .line("7200000005,MEDICAL_EXAMINER,Too,Few")
                .line(examiner("7200000001", "again@example.com", "MD|MA|G-6|2030-01-01"))
                .line(examiner("7200000007", "good.two@example.com", "DC|TX|G-7|2030-01-01"))
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
        assertThat(probe.account("7200000001").orElseThrow().primaryEmail().address())
                .isEqualTo("good.one@example.com");
        assertThat(probe.account("7200000007")).isPresent();
        assertThat(probe.account("7200000002")).isEmpty();
        assertThat(probe.account("7200000004")).isEmpty();
    }

    @Test
    void aRowWithInvalidUtf8IsRejectedAndTheNextRowIsStillRead() throws IOException {
        byte[] brokenName = {'7', '3', '0', '0', '0', '0', '0', '0', '0', '1', ',', 'M', 'E', 'D', 'I', 'C', 'A', 'L',
            '_', 'E', 'X', 'A', 'M', 'I', 'N', 'E', 'R', ',', (byte) 0xC3, (byte) 0x28};
        ImportSummary summary = importer.importAccounts(LegacyFile.withHeader()
                .bytes(brokenName).line(",Name,utf8@example.com,,,,,,,,2020-01-01,2030-01-01,MD|MA|U-1|2030-01-01,,,,")
                .line(examiner("7300000002", "after.utf8@example.com", "MD|MA|U-2|2030-01-01"))
                .stream(), "utf-8", problems::add);

        assertThat(problems).extracting(ImportProblem::line, ImportProblem::field, ImportProblem::reason)
                .containsExactly(tuple(2, "row", "invalid UTF-8"));
        assertThat(summary.created()).isEqualTo(1);
        assertThat(probe.account("7300000001")).isEmpty();
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
        probe.execute("ALTER TABLE professional_license ADD CONSTRAINT ck_test_refused"
                + " CHECK (license_number <> 'REFUSED-1')");
        try {
            ImportSummary summary = importer.importAccounts(LegacyFile.withHeader()
                    .line(examiner("7400000001", "batch.one@example.com", "MD|MA|B-1|2030-01-01"))
                    .line(examiner("7400000002", "batch.two@example.com",
                            "MD|MA|B-2|2030-01-01;DO|MA|REFUSED-1|2030-01-01"))
                    .line(examiner("7400000003", "batch.three@example.com", "MD|MA|B-3|2030-01-01"))
                    .stream(), "refused", problems::add);

            assertThat(problems).extracting(ImportProblem::line, ImportProblem::field).containsExactly(tuple(3, "row"));
            assertThat(problems.get(0).reason()).startsWith("could not be saved");
            assertThat(summary.created()).isEqualTo(2);
            assertThat(probe.account("7400000002")).isEmpty();
            assertThat(probe.countLicensesOf("7400000002")).isZero();
            assertThat(probe.account("7400000001")).isPresent();
            assertThat(probe.account("7400000003")).isPresent();
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
