package gov.dot.fmcsa.nationalregistry.domain.account;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A professional license number as the issuing State prints it: letters, digits and dashes,
 * compared in upper case.
 */
public record LicenseNumber(String value) implements Serializable {

    public static final int MAX_LENGTH = 20;
    private static final Pattern SHAPE = Pattern.compile("[A-Z0-9-]{1," + MAX_LENGTH + "}");

    public LicenseNumber {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException(
                    "a license number has 1 to " + MAX_LENGTH + " letters, digits or dashes");
        }
    }

    /** Parses a license number, ignoring surrounding spaces and letter case. */
    public static LicenseNumber of(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("a license number is required");
        }
        return new LicenseNumber(text.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
