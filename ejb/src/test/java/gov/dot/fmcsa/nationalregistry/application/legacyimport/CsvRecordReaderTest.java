package gov.dot.fmcsa.nationalregistry.application.legacyimport;

import static org.assertj.core.api.Assertions.assertThat;

import gov.dot.fmcsa.nationalregistry.application.legacyimport.CsvRecordReader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
        List<CsvRecord> records = read("a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x\nlast,row");

        assertThat(records).extracting(CsvRecord::fields).containsExactly(
                List.of("a", "b, c", "say \"hi\""),
                List.of("two\nlines", "x"),
                List.of("last", "row"));
        assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2, 4);
        assertThat(records).allSatisfy(record -> assertThat(record.problem()).isNull());
    }

    @Test
    void skipsTheByteOrderMarkAndKeepsEmptyFields() throws IOException {
        List<CsvRecord> records = read("\uFEFFa,,c\n");

        assertThat(records).singleElement().extracting(CsvRecord::fields).isEqualTo(List.of("a", "", "c"));
    }

    @Test
    void marksARecordWithInvalidUtf8AndGoesOn() throws IOException {
        byte[] bytes = {'o', 'k', '\n', 'b', (byte) 0xFF, 'd', '\n', 'n', 'e', 'x', 't', '\n'};

        List<CsvRecord> records = read(bytes);

        assertThat(records).extracting(CsvRecord::problem).containsExactly(null, "invalid UTF-8", null);
        assertThat(records.get(2).line()).isEqualTo(3);
    }

    @Test
    void aQuoteLeftOpenEndsTheFileWithAProblemInsteadOfSwallowingItSilently() throws IOException {
        List<CsvRecord> records = read("first\n\"never closed,x\nmore\n");

        assertThat(records).hasSize(2);
        assertThat(records.get(1).problem()).contains("not closed");
        assertThat(records.get(1).line()).isEqualTo(2);
    }

    @Test
    void anOverlongFieldIsReportedAndReadingResumesOnTheNextLine() throws IOException {
        String huge = "x".repeat(CsvRecordReader.MAX_FIELD_LENGTH + 5);

        List<CsvRecord> records = read("a," + huge + ",b\nnext\n");

        assertThat(records.get(0).problem()).contains("longer than");
        assertThat(records.get(1).fields()).containsExactly("next");
        assertThat(records.get(1).line()).isEqualTo(2);
    }

    @Test
    void aBlankLineIsABlankRecord() throws IOException {
        assertThat(read("a\n\nb\n")).extracting(CsvRecord::isBlank).containsExactly(false, true, false);
    }

    private static List<CsvRecord> read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<CsvRecord> read(byte[] bytes) throws IOException {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream(bytes))) {
            for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
                records.add(record);
            }
        }
        return records;
    }
}
