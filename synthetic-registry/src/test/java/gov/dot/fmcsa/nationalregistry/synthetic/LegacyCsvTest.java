package gov.dot.fmcsa.nationalregistry.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180 quoting of single fields. */
class LegacyCsvTest {

    @Test
    void quotesAFieldWithACommaAndLeavesPlainFieldsBare() {
        LegacyRow row = new LegacyRow(AccountType.THIRD_PARTY, 0)
                .set(Column.ORGANIZATION_NAME, "Smith, Jones & Co.")
                .set(Column.CITY, "Bayamón");

        String line = LegacyCsv.line(row);

        assertThat(line).startsWith("3000000001,THIRD_PARTY,").contains(",\"Smith, Jones & Co.\",")
                .contains(",Bayamón,").endsWith("\r\n");
        assertThat(CsvRecords.parse(line)).singleElement().satisfies(fields -> {
            assertThat(fields).hasSize(19);
            assertThat(fields.get(Column.ORGANIZATION_NAME.ordinal())).isEqualTo("Smith, Jones & Co.");
        });
    }

    @Test
    void doublesQuotesAndQuotesLineBreaks() {
        LegacyRow row = new LegacyRow(AccountType.MEDICAL_EXAMINER, 41)
                .set(Column.FIRST_NAME, "Robert \"Bob\"")
                .set(Column.ADDRESS_LINE2, "Suite 2\nrear entrance");

        String line = LegacyCsv.line(row);

        assertThat(line).contains(",\"Robert \"\"Bob\"\"\",").contains(",\"Suite 2\nrear entrance\",");
        assertThat(CsvRecords.parse(line)).singleElement().satisfies(fields -> {
            assertThat(fields.get(Column.NATIONAL_REGISTRY_NUMBER.ordinal())).isEqualTo("1000000042");
            assertThat(fields.get(Column.FIRST_NAME.ordinal())).isEqualTo("Robert \"Bob\"");
            assertThat(fields.get(Column.ADDRESS_LINE2.ordinal())).isEqualTo("Suite 2\nrear entrance");
        });
    }

    @Test
    void joinsListsWithSemicolons() {
        assertThat(LegacyCsv.list(List.of("TP-0002", "TP-0007"))).isEqualTo("TP-0002;TP-0007");
    }
}
