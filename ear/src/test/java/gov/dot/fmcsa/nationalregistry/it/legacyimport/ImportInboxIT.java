package gov.dot.fmcsa.nationalregistry.it.legacyimport;

import static gov.dot.fmcsa.nationalregistry.it.support.LegacyFile.examiner;
import static org.assertj.core.api.Assertions.assertThat;

import gov.dot.fmcsa.nationalregistry.it.support.ImportInbox;
import gov.dot.fmcsa.nationalregistry.it.support.LegacyFile;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryDeployment;
import gov.dot.fmcsa.nationalregistry.it.support.TestNumbers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The documented way for an operator to import into a running server: drop a CSV file into the
 * import inbox, read the summary and the error report that appear in {@code reports/}. Numbers come
 * from {@link TestNumbers} with prefix 75.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportInboxIT {

    private final Path importDir = ImportInbox.dir();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RegistryDeployment.realEar();
    }

    @Test
    void aFileDroppedIntoTheInboxIsImportedAndReported() throws Exception {
        String good = TestNumbers.next("75");
        String bad = TestNumbers.next("75");
        String name = "inbox-" + System.nanoTime();
        ImportInbox.drop(name, LegacyFile.withHeader()
                .line(examiner(good, TestNumbers.email("inbox.good", good), "MD|MA|I-" + good + "|2030-01-01"))
                .line(examiner(bad, TestNumbers.email("inbox.bad", bad), "MD|ZZ|I-" + bad + "|2030-01-01"))
                .stream());

        Path summary = ImportInbox.awaitReport(name, ".summary.txt");
        String errors = Files.readString(ImportInbox.awaitReport(name, ".errors.csv"));

        assertThat(Files.readString(summary)).contains("2 rows read, 1 accounts created, 0 updated, 1 rows rejected");
        assertThat(errors).startsWith("line,field,reason").contains("3,licenses,\"unknown State code \"\"ZZ\"\"\"");
        assertThat(importDir.resolve("inbox").resolve(name + ".csv")).doesNotExist();
        try (Stream<Path> done = Files.list(importDir.resolve("done"))) {
            assertThat(done.map(Path::getFileName).map(Path::toString)).anyMatch(file -> file.endsWith(name + ".csv"));
        }
    }

    @Test
    void aFileThatIsNotALegacyRegistryIsRefusedWhole() throws Exception {
        String name = "not-a-registry-" + System.nanoTime();
        ImportInbox.drop(name, LegacyFile.empty().line("name,email").line("Ada,ada@example.com").stream());

        assertThat(Files.readString(ImportInbox.awaitReport(name, ".summary.txt")))
                .contains("the file was not imported");
        assertThat(Files.readString(ImportInbox.awaitReport(name, ".errors.csv")))
                .contains("1,row,\"the header must be exactly");
    }
}
