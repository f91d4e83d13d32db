package gov.dot.fmcsa.nationalregistry.synthetic;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The syntax of the legacy file: RFC 4180 lines, with {@code ;} between the items of a list field. */
final class LegacyCsv {

    /** RFC 4180 ends lines with CRLF; the import accepts it as well as LF. */
    static final String LINE_END = "\r\n";

    static final String LIST_SEPARATOR = ";";

    private static final Column[] COLUMNS = Column.values();

    private static final String HEADER = Arrays.stream(COLUMNS)
            .map(Column::header)
            .collect(Collectors.joining(",", "", LINE_END));

    private LegacyCsv() {
    }

    /** @return the header line, line end included */
    static String header() {
        return HEADER;
    }

    /** @return the row as one line, line end included */
    static String line(LegacyRow row) {
        StringBuilder line = new StringBuilder(256);
        for (Column column : COLUMNS) {
            if (column.ordinal() > 0) {
                line.append(',');
            }
            appendField(line, row.get(column));
        }
        return line.append(LINE_END).toString();
    }

    /** @return the items joined into one list field */
    static String list(Iterable<String> items) {
        return String.join(LIST_SEPARATOR, items);
    }

    private static void appendField(StringBuilder line, String value) {
        if (!needsQuotes(value)) {
            line.append(value);
            return;
        }
        line.append('"').append(value.replace("\"", "\"\"")).append('"');
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
