package gov.dot.fmcsa.nationalregistry.synthetic;

import java.util.Arrays;

/**
 * One account of the legacy file. Columns that are never set stay empty, which is what the format
 * requires of the columns that do not apply to an account type.
 */
final class LegacyRow {

    private final String[] fields = new String[Column.values().length];

    /**
     * @param type  the account type
     * @param index the account's position among the accounts of its type, from 0
     */
    LegacyRow(AccountType type, int index) {
        Arrays.fill(fields, "");
        set(Column.NATIONAL_REGISTRY_NUMBER, type.nationalRegistryNumber(index));
        set(Column.ACCOUNT_TYPE, type.name());
    }

    /**
     * @return this row, so that the columns of a row can be set in one statement
     */
    LegacyRow set(Column column, String value) {
        fields[column.ordinal()] = value;
        return this;
    }

    String get(Column column) {
        return fields[column.ordinal()];
    }
}
