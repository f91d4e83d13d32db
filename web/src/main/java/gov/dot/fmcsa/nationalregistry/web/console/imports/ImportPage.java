package gov.dot.fmcsa.nationalregistry.web.console.imports;

import gov.dot.fmcsa.nationalregistry.application.administration.imports.ConsoleImports;
import gov.dot.fmcsa.nationalregistry.application.administration.imports.ImportAlreadyRunningException;
import gov.dot.fmcsa.nationalregistry.application.administration.imports.ImportRunView;
import gov.dot.fmcsa.nationalregistry.domain.administration.Reason;
import gov.dot.fmcsa.nationalregistry.web.faces.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * "Import": uploads a legacy CSV and starts its import in the background, then follows the latest
 * run (the page polls while it runs) to its summary and error report. The run lives in the
 * database, so a reload or another administrator sees the same. The file field is the standard
 * {@code h:inputFile}: PrimeFaces 15's {@code p:fileUpload} hides its native input from assistive
 * technology ({@code aria-hidden}) while leaving it focusable, which axe-core rightly refuses.
 */
@Named
@RequestScoped
public class ImportPage {

    /**
     * The largest file the console takes (about 500,000 accounts); larger ones go through the
     * server's import inbox. The server takes requests of up to 120 MB on this page alone (every
     * other path is held under 10 MB: configure-server.cli, docs/decisions/0017), so a file a little
     * over this limit still reaches the page and gets the message; one over 120 MB gets the server's
     * bare 400.
     */
    public static final long MAX_UPLOAD_BYTES = 100L * 1024 * 1024;
    private static final String FILE_FIELD = "upload:file";
    private static final Logger LOG = Logger.getLogger(ImportPage.class.getName());

    @Inject
    private ConsoleImports imports;

    private Part file;
    private Reason reason;
    private Optional<ImportRunView> latest;

    /** Stores the chosen file and starts its import; or says why not, next to the field. */
    public String start() {
        if (file == null || file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank()) {
            Messages.fieldError(FILE_FIELD, "Choose the CSV file to import.");
            return null;
        }
        if (file.getSize() > MAX_UPLOAD_BYTES) {
            Messages.fieldError(FILE_FIELD, "This file is larger than " + getMaxUploadMegabytes()
                    + " MB, the most the console takes. Split it, or drop it into the server's import inbox.");
            return discarded();
        }
        try (InputStream csv = file.getInputStream()) {
            imports.start(file.getSubmittedFileName(), csv, reason);
        } catch (ImportAlreadyRunningException e) {
            Messages.globalError("Another import is running. Wait until it ends, then start this one again.");
            return discarded();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "An upload could not be stored", e);
            Messages.globalError("The file could not be stored on the server. Nothing was imported. Try again.");
            return discarded();
        }
        discarded();
        Messages.noticeAfterRedirect("The import of " + file.getSubmittedFileName() + " started. This page shows its"
                + " progress.");
        return "/console/import?faces-redirect=true";
    }

    /** Lets go of the upload's temporary file at once rather than at the end of the request. */
    private String discarded() {
        try {
            file.delete();
        } catch (IOException e) {
            LOG.log(Level.FINE, "The upload's temporary file is left to the server", e);
        }
        return null;
    }

    /** The latest import, running or over. */
    public ImportRunView getLatest() {
        if (latest == null) {
            latest = imports.latest();
        }
        return latest.orElse(null);
    }

    /** True while the latest import runs: the page polls. */
    public boolean isRunning() {
        return getLatest() != null && getLatest().running();
    }

    public long getMaxUploadMegabytes() {
        return MAX_UPLOAD_BYTES / (1024 * 1024);
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public Reason getReason() {
        return reason;
    }

    public void setReason(Reason reason) {
        this.reason = reason;
    }
}
