package gov.dot.fmcsa.nationalregistry.application.legacyimport;

import gov.dot.fmcsa.nationalregistry.application.csv.CsvLines;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;

/**
 * The error report of an import, from the inbox and from the console alike: a header, then one
 * line {@code line,field,reason} per problem, in file order (docs/legacy-import-format.md).
 */
public final class ImportErrorReport implements Consumer<ImportProblem> {

    private final Writer out;

    /** Starts the report in {@code out} with its header; the caller closes {@code out}. */
    public ImportErrorReport(Writer out) throws IOException {
        this.out = out;
        CsvLines.write(out, "line", "field", "reason");
    }

    @Override
    public void accept(ImportProblem problem) {
        try {
            CsvLines.write(out, problem.line(), problem.field(), problem.reason());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
