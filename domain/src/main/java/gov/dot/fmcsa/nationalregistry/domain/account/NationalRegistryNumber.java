package gov.dot.fmcsa.nationalregistry.domain.account;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * The registry's identifier of an account: ten digits (for an examiner, the number printed on
 * the medical examiner's certificate).
 */
public record NationalRegistryNumber(String value) implements Serializable {

    private static final Pattern TEN_DIGITS = Pattern.compile("[0-9]{10}");

    public NationalRegistryNumber {
        if (value == null || !TEN_DIGITS.matcher(value).matches()) {
            throw new InvalidValueException("a National Registry number has exactly 10 digits");
        }
    }

    /** Parses what a person typed or a file holds, ignoring surrounding spaces. */
    public static NationalRegistryNumber of(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("a National Registry number is required");
        }
        return new NationalRegistryNumber(text.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
