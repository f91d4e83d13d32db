package gov.dot.fmcsa.nationalregistry.application.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvLinesTest {

    @Test
    void aLineEndsWithCrLfAndNullIsAnEmptyCell() throws Exception {
        StringWriter out = new StringWriter();
        CsvLines.write(out, 12, null, "plain");
        assertThat(out).hasToString("12,,plain\r\n");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuoted() {
        assertThat(CsvLines.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvLines.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvLines.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"=1+2|'=1+2", "+1|'+1", "-1|'-1", "@SUM(A1)|'@SUM(A1)"})
    void whatASpreadsheetWouldRunStartsWithAnApostrophe(String text, String cell) {
        assertThat(CsvLines.cell(text)).isEqualTo(cell);
    }

    @Test
    void aFormulaWithACommaIsBothDefusedAndQuoted() {
        assertThat(CsvLines.cell("=HYPERLINK(\"x\",1)")).isEqualTo("\"'=HYPERLINK(\"\"x\"\",1)\"");
    }
}
