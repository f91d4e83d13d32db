package gov.dot.fmcsa.nationalregistry.synthetic;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a synthetic legacy registry as CSV:
 * {@code java -jar synthetic-registry.jar [--examiners N] [--assistants N] [--third-parties N]
 * [--administrators N] [--seed N] [--reference-date YYYY-MM-DD] [--out FILE]}.
 *
 * <p>Exit codes: 0 written, 1 the file could not be written, 2 a wrong command line.
 */
public final class GeneratorCommand {

    /** Exit code of a successful run. */
    public static final int OK = 0;
    /** Exit code when the output cannot be written. */
    public static final int WRITE_FAILED = 1;
    /** Exit code of a wrong command line. */
    public static final int USAGE_ERROR = 2;

    private static final String NAME = "synthetic-registry";
    private static final int BUFFER_CHARS = 1 << 16;

    /**
     * Runs the command and exits with its exit code.
     *
     * @param args the options; see {@link GeneratorCommand}
     */
    public static void main(String[] args) {
        // Standard output unwrapped: System.out swallows write errors, so a closed pipe would go unnoticed.
        int status = new GeneratorCommand().run(args, new FileOutputStream(FileDescriptor.out), System.err);
        System.exit(status);
    }

    /**
     * Runs the command without exiting, so that it can be tested.
     *
     * @param args   the options
     * @param stdout where the CSV goes when no {@code --out} is given (and the usage for {@code --help})
     * @param stderr where errors and the summary of a written file go, one line each
     * @return the exit code: {@link #OK}, {@link #WRITE_FAILED} or {@link #USAGE_ERROR}
     */
    public int run(String[] args, OutputStream stdout, PrintStream stderr) {
        GeneratorOptions options;
        try {
            options = GeneratorOptions.parse(args);
        } catch (UsageException wrongCommandLine) {
            stderr.println(NAME + ": " + wrongCommandLine.getMessage() + " (--help for usage)");
            return USAGE_ERROR;
        }
        try {
            if (options.help()) {
                writeUsage(stdout);
            } else {
                write(options, stdout, stderr);
            }
            return OK;
        } catch (IOException writeFailure) {
            stderr.println(NAME + ": cannot write " + options.out().map(Path::toString).orElse("standard output")
                    + ": " + writeFailure.getMessage());
            return WRITE_FAILED;
        }
    }

    private static void write(GeneratorOptions options, OutputStream stdout, PrintStream stderr) throws IOException {
        SyntheticRegistry registry = options.registry();
        if (options.out().isEmpty()) {
            registry.writeCsv(utf8(stdout));
            return;
        }
        Path file = options.out().get();
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            registry.writeCsv(writer);
        }
        stderr.println("wrote " + registry.accountCount() + " accounts to " + file);
    }

    private static void writeUsage(OutputStream stdout) throws IOException {
        Writer writer = utf8(stdout);
        writer.write(GeneratorOptions.USAGE + System.lineSeparator());
        writer.flush();
    }

    /** Not closed: closing it would close the caller's stream. */
    private static Writer utf8(OutputStream stdout) {
        return new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), BUFFER_CHARS);
    }
}
