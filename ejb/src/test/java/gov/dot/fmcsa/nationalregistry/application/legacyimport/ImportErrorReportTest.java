package gov.dot.fmcsa.nationalregistry.application.legacyimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ImportErrorReportTest {

    @Test
    void aReportIsItsHeaderThenOneLinePerProblemQuotedOnlyWhereNeeded() throws IOException {
        StringWriter out = new StringWriter();
        ImportErrorReport report = new ImportErrorReport(out);

        report.accept(new ImportProblem(7, "state", "unknown State code \"XX\""));
        report.accept(ImportProblem.ofRow(12, "expected 19 fields, found 18"));

        assertThat(out).hasToString("line,field,reason\r\n"
                + "7,state,\"unknown State code \"\"XX\"\"\"\r\n"
                + "12,row,\"expected 19 fields, found 18\"\r\n");
    }

    @Test
    void aReasonQuotingAFormulaFromTheFileCannotRunInASpreadsheet() throws IOException {
        StringWriter out = new StringWriter();

        new ImportErrorReport(out).accept(new ImportProblem(3, "first_name", "=HYPERLINK(\"x\")"));

        assertThat(out.toString()).endsWith("3,first_name,\"'=HYPERLINK(\"\"x\"\")\"\r\n");
    }
}
