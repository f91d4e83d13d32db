package gov.dot.fmcsa.nationalregistry.application.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Writes the CSV files the registry hands out, the console's exports and the import error reports
 * (RFC 4180): a cell with a comma, a quote or a line
 * break is quoted, and a cell that a spreadsheet would take for a formula ({@code = + - @}, or a
 * tab or carriage return first) starts with an apostrophe, so that opening the file runs nothing.
 */
public final class CsvLines {

    private CsvLines() {
    }

    /** Writes one line of {@code cells} (null writes an empty cell), ended by CRLF. */
    public static void write(Writer out, Object... cells) throws IOException {
        out.write(Arrays.stream(cells).map(CsvLines::cell).collect(Collectors.joining(",")));
        out.write("\r\n");
    }

    /** One cell as it appears in the file. */
    public static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
