package gov.dot.fmcsa.nationalregistry.application.legacyimport;

import java.util.Arrays;
import java.util.List;

/** The columns of the legacy registry CSV, in file order (docs/legacy-import-format.md). */
enum LegacyColumn {
    NATIONAL_REGISTRY_NUMBER,
    ACCOUNT_TYPE,
    FIRST_NAME,
    LAST_NAME,
    PRIMARY_EMAIL,
    SECONDARY_EMAIL,
    PHONE,
    ADDRESS_LINE1,
    ADDRESS_LINE2,
    CITY,
    STATE,
    POSTAL_CODE,
    CERTIFICATION_DATE,
    CERTIFICATION_EXPIRY,
    LICENSES,
    ORGANIZATION_CODE,
    ORGANIZATION_NAME,
    DESIGNATED_BY,
    ASSOCIATED_ORGANIZATIONS;

    /** The header names, in order, as the file's first line must give them. */
    static final List<String> HEADER = Arrays.stream(values()).map(LegacyColumn::header).toList();

    /** The name of the column in the header, e.g. {@code primary_email}. */
    String header() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
