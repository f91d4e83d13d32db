package gov.dot.fmcsa.nationalregistry.application.legacyimport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV one record at a time, so that memory stays flat however long the file is.
 * It never gives up on a file: a record it cannot read whole (bad bytes, a runaway quoted field)
 * comes back with a {@link CsvRecord#problem() problem} and reading goes on with the next line.
 */
class CsvRecordReader implements AutoCloseable {

    /** Longer than any legitimate field; beyond it a quote was surely left open. */
    static final int MAX_FIELD_LENGTH = 10_000;
    private static final char REPLACEMENT = '\uFFFD';
    private static final int EOF = -1;

    private final Reader in;
    private int line = 1;
    private int pushedBack = Integer.MIN_VALUE;

    CsvRecordReader(InputStream bytes) {
        // Bad UTF-8 becomes U+FFFD, which marks the record instead of ending the whole read.
        this.in = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)), 64 * 1024);
    }

    /** One record: the line it starts on, its fields, and what was wrong with it, if anything. */
    record CsvRecord(int line, List<String> fields, String problem) {

        boolean isBlank() {
            return problem == null && fields.size() == 1 && fields.get(0).isBlank();
        }
    }

    /** The next record, or null at the end of the input. */
    CsvRecord next() throws IOException {
        int c = read();
        if (c == EOF) {
            return null;
        }
        if (line == 1 && c == '\uFEFF') {
            c = read(); // byte-order mark
        }
        pushBack(c);
        return readRecord();
    }

    private CsvRecord readRecord() throws IOException {
        int startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean badBytes = false;
        while (true) {
            int c = read();
            if (c == REPLACEMENT) {
                badBytes = true;
            }
            if (quoted) {
                if (c == EOF) {
                    return new CsvRecord(startLine, fields, "a quoted field is not closed before the end of the file");
                } else if (c == '"') {
                    int after = read();
                    if (after == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        pushBack(after);
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                    if (field.length() > MAX_FIELD_LENGTH) {
                        skipRestOfLine();
                        return new CsvRecord(startLine, fields, "a field is longer than " + MAX_FIELD_LENGTH
                                + " characters (is a quote left open?)");
                    }
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r' || c == EOF) {
                if (c == '\r') {
                    int after = read();
                    if (after != '\n') {
                        pushBack(after);
                    }
                }
                if (c != EOF) {
                    line++;
                }
                fields.add(field.toString());
                return new CsvRecord(startLine, fields, badBytes ? "invalid UTF-8" : null);
            } else {
                field.append((char) c);
                if (field.length() > MAX_FIELD_LENGTH) {
                    skipRestOfLine();
                    return new CsvRecord(startLine, fields,
                            "a field is longer than " + MAX_FIELD_LENGTH + " characters");
                }
            }
        }
    }

    private void skipRestOfLine() throws IOException {
        int c;
        do {
            c = read();
        } while (c != '\n' && c != EOF);
        if (c == '\n') {
            line++;
        }
    }

    private int read() throws IOException {
        if (pushedBack != Integer.MIN_VALUE) {
            int c = pushedBack;
            pushedBack = Integer.MIN_VALUE;
            return c;
        }
        return in.read();
    }

    private void pushBack(int c) {
        pushedBack = c;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
