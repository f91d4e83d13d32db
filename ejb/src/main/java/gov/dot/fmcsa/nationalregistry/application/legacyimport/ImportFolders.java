package gov.dot.fmcsa.nationalregistry.application.legacyimport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The folders of the import inbox: operators drop CSV files into {@code inbox/}; a file being
 * imported sits in {@code processing/}, then moves to {@code done/}; {@code reports/} receives a
 * summary and an error report per file.
 */
class ImportFolders {

    /** A file younger than this may still be being copied in. */
    private static final Duration SETTLING_TIME = Duration.ofSeconds(2);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")
            .withZone(ZoneOffset.UTC);

    /** What is kept after an import: the imported files, the reports, the console's uploads and reports. */
    private static final List<String> KEPT = List.of("done", "reports", "console");

    private final Path root;

    ImportFolders(Path root) {
        this.root = root;
    }

    void create() throws IOException {
        for (String folder : List.of("inbox", "processing", "done", "reports")) {
            Files.createDirectories(root.resolve(folder));
        }
    }

    /**
     * Puts back into the inbox the files whose import a stopped server left unfinished. Importing
     * is idempotent, so running such a file again from the start completes it.
     *
     * @return the files put back
     */
    List<Path> requeueInterrupted() throws IOException {
        List<Path> requeued = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(root.resolve("processing"), "*.csv")) {
            for (Path file : files) {
                requeued.add(Files.move(file, inbox().resolve(file.getFileName()),
                        StandardCopyOption.REPLACE_EXISTING));
            }
        }
        return requeued;
    }

    Path inbox() {
        return root.resolve("inbox");
    }

    /**
     * Deletes the imported files, the reports and the console's uploads last changed before
     * {@code cutoff}: they hold personal data, and the accounts they made are in the database.
     * The inbox and the files being imported are left alone.
     *
     * @return how many files were deleted
     */
    int deleteKeptFilesOlderThan(Instant cutoff) throws IOException {
        int deleted = 0;
        for (String folder : KEPT) {
            Path kept = root.resolve(folder);
            if (!Files.isDirectory(kept)) {
                continue;
            }
            try (DirectoryStream<Path> files = Files.newDirectoryStream(kept)) {
                for (Path file : files) {
                    if (Files.isRegularFile(file) && Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)
                            && Files.deleteIfExists(file)) {
                        deleted++;
                    }
                }
            }
        }
        return deleted;
    }

    /** CSV files in the inbox that have not changed for a moment, oldest first. */
    List<Path> settledArrivals(Instant now) throws IOException {
        List<Path> ready = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(inbox(), "*.csv")) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(now.minus(SETTLING_TIME))) {
                    ready.add(file);
                }
            }
        }
        ready.sort((a, b) -> a.getFileName().compareTo(b.getFileName()));
        return ready;
    }

    /** Takes a file out of the inbox, so that no later scan picks it up again. */
    Path startProcessing(Path arrival) throws IOException {
        return Files.move(arrival, root.resolve("processing").resolve(arrival.getFileName()),
                StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    Path finishProcessing(Path file, Instant at) throws IOException {
        return Files.move(file, root.resolve("done").resolve(STAMP.format(at) + "-" + file.getFileName()),
                StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Writes the summary of {@code file}'s import. It appears whole (written aside, then moved):
     * whoever waits for it, a person or a script, may read it as soon as it is there.
     */
    void writeSummary(Path file, Instant at, String summary) throws IOException {
        Path target = report(file, at, ".summary.txt");
        Path draft = Files.writeString(target.resolveSibling(target.getFileName() + ".part"), summary,
                StandardCharsets.UTF_8);
        Files.move(draft, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The report file for {@code file} with the given suffix, e.g. {@code .errors.csv}. */
    Path report(Path file, Instant at, String suffix) {
        String name = file.getFileName().toString().replaceFirst("\\.csv$", "");
        return root.resolve("reports").resolve(name + "-" + STAMP.format(at) + suffix);
    }
}
