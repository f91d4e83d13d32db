package gov.dot.fmcsa.nationalregistry.it.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** A legacy registry CSV written by hand, row by row, for tests of the importer. */
public final class LegacyFile {

    public static final String HEADER = "national_registry_number,account_type,first_name,last_name,primary_email,"
            + "secondary_email,phone,address_line1,address_line2,city,state,postal_code,certification_date,"
            + "certification_expiry,licenses,organization_code,organization_name,designated_by,"
            + "associated_organizations";

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private LegacyFile() {
    }

    public static LegacyFile withHeader() {
        return new LegacyFile().line(HEADER);
    }

    public static LegacyFile empty() {
        return new LegacyFile();
    }

    /** An examiner row with one license, a certification and an address. */
    public static String examiner(String number, String email, String license) {
        return examiner(number, email, "", license);
    }

    /** An examiner row with a secondary email (may be empty), one license, a certification and an address. */
    public static String examiner(String number, String primaryEmail, String secondaryEmail, String license) {
        return number + ",MEDICAL_EXAMINER,Test,Examiner " + number + "," + primaryEmail + "," + secondaryEmail
                + ",(617) 494-3003,55 Broadway,,Cambridge,MA,02142,2020-01-15,2030-01-15,"
                + license + ",,,,";
    }

    /** An examiner row as {@link #examiner(String, String, String)}, associated with organizations (codes, ";"). */
    public static String associatedExaminer(String number, String email, String license, String organizations) {
        return examiner(number, email, license) + organizations;
    }

    /** An assistant row, designated by examiners (numbers, ";"; they must be on earlier rows). */
    public static String assistant(String number, String email, String designatedBy) {
        return number + ",ADMINISTRATIVE_ASSISTANT,Test,Assistant " + number + "," + email
                + ",,,,,,,,,,,,," + designatedBy + ",";
    }

    /** A third-party row working for the organization {@code code}, named on this row. */
    public static String thirdParty(String number, String email, String code) {
        return number + ",THIRD_PARTY,Test,Third Party " + number + "," + email
                + ",,,,,,,,,,," + code + ",Organization " + code + ",,";
    }

    /** An administrator row (staff of FMCSA); an administrator grants it the role ({@code AccountStatusServlet}). */
    public static String administrator(String number, String email) {
        return number + ",ADMINISTRATOR,Test,Administrator " + number + "," + email + ",,,,,,,,,,,,,,";
    }

    public LegacyFile line(String text) {
        return bytes(text.getBytes(StandardCharsets.UTF_8)).bytes(new byte[] {'\n'});
    }

    public LegacyFile bytes(byte[] raw) {
        bytes.writeBytes(raw);
        return this;
    }

    public InputStream stream() {
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
