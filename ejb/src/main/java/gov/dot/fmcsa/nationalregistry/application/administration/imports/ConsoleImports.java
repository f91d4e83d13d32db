package gov.dot.fmcsa.nationalregistry.application.administration.imports;

import gov.dot.fmcsa.nationalregistry.application.legacyimport.ImportDirectory;
import gov.dot.fmcsa.nationalregistry.application.security.Roles;
import gov.dot.fmcsa.nationalregistry.domain.administration.ImportRun;
import gov.dot.fmcsa.nationalregistry.domain.administration.Reason;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;

/**
 * Legacy imports started from the management console (docs/product.md "Management console"): the
 * uploaded file is stored under the import directory, then imported in the background by the
 * foundation's importer ({@link ImportRunner}), one import at a time; the page follows the run
 * ({@link #latest()}) and offers its error report. Administrators only: others get
 * {@link EJBAccessException}.
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
// The upload is copied outside any transaction; the desk records the run in one of its own.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ConsoleImports {

    @EJB
    private ImportDesk desk;

    @EJB
    private ImportRunner runner;

    /**
     * Stores {@code upload} and starts importing it in the background; audited with {@code reason}.
     *
     * @param fileName the name the administrator's file had, for the record
     * @return the run's id
     * @throws ImportAlreadyRunningException when another import runs (the upload is discarded)
     * @throws IOException when the upload cannot be stored
     */
    public long start(String fileName, InputStream upload, Reason reason) throws IOException {
        Path folder = Files.createDirectories(ImportDirectory.root().resolve("console"));
        Path stored = folder.resolve("upload-" + UUID.randomUUID() + ".part");
        try {
            long bytes = Files.copy(upload, stored);
            long id = desk.register(shortened(fileName), bytes, reason);
            Path file = Files.move(stored, upload(id), StandardCopyOption.REPLACE_EXISTING);
            runner.run(id, fileName, file, report(id));
            return id;
        } finally {
            Files.deleteIfExists(stored);
        }
    }

    /** The latest import, running or over, if there was one. */
    public Optional<ImportRunView> latest() {
        return desk.latest();
    }

    /**
     * Writes the error report of run {@code id}
     * ({@link gov.dot.fmcsa.nationalregistry.application.legacyimport.ImportErrorReport}) to {@code out}.
     *
     * @return false when the run has no report (unknown run, or its report was removed)
     */
    public boolean writeReport(long id, OutputStream out) throws IOException {
        Path report = report(id);
        if (!Files.isRegularFile(report)) {
            return false;
        }
        Files.copy(report, out);
        return true;
    }

    private static Path upload(long id) {
        return ImportDirectory.root().resolve("console").resolve("run-" + id + ".csv");
    }

    private static Path report(long id) {
        return ImportDirectory.root().resolve("console").resolve("run-" + id + ".errors.csv");
    }

    private static String shortened(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "upload.csv" : fileName.strip();
        return name.length() <= ImportRun.MAX_FILE_NAME_LENGTH ? name
                : name.substring(0, ImportRun.MAX_FILE_NAME_LENGTH);
    }
}
