package gov.dot.fmcsa.nationalregistry.application.legacyimport;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where the server keeps legacy import files: {@code registry.import.dir}, by default
 * {@code <server data dir>/registry-import}. The inbox's folders ({@link LegacyImportInbox}) and
 * the console's uploads live under it.
 */
public final class ImportDirectory {

    static final String PROPERTY = "registry.import.dir";

    private ImportDirectory() {
    }

    /** The folder all import files live under. */
    public static Path root() {
        String configured = System.getProperty(PROPERTY);
        return configured != null ? Paths.get(configured)
                : Paths.get(System.getProperty("jboss.server.data.dir", "."), "registry-import");
    }
}
