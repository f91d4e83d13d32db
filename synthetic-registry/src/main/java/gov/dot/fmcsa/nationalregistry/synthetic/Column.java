package gov.dot.fmcsa.nationalregistry.synthetic;

import java.util.Locale;

/** The 19 columns of the legacy file, in the order of docs/legacy-import-format.md. */
enum Column {
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

    /** @return the column's name in the header line */
    String header() {
        return name().toLowerCase(Locale.ROOT);
    }
}
