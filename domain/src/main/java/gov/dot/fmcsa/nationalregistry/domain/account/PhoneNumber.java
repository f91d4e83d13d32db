package gov.dot.fmcsa.nationalregistry.domain.account;

import java.io.Serializable;
import java.util.regex.Pattern;

/** A US telephone number, kept as its ten digits and shown as {@code 617.494.3003}. */
public record PhoneNumber(String digits) implements Serializable {

    private static final Pattern TEN_DIGITS = Pattern.compile("[0-9]{10}");
    /** What people write around the digits: spaces, dots, dashes, parentheses, a leading +1. */
    private static final Pattern PUNCTUATION = Pattern.compile("[\\s.()\\-]");

    public PhoneNumber {
        if (digits == null || !TEN_DIGITS.matcher(digits).matches()) {
            throw new InvalidValueException("a phone number has 10 digits, e.g. 617.494.3003");
        }
    }

    /** Parses a number written in any of the usual US ways. */
    public static PhoneNumber of(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("a phone number is required");
        }
        String digits = PUNCTUATION.matcher(text.strip()).replaceAll("");
        if (digits.startsWith("+1")) {
            digits = digits.substring(2);
        } else if (digits.length() == 11 && digits.startsWith("1")) {
            digits = digits.substring(1);
        }
        return new PhoneNumber(digits);
    }

    @Override
    public String toString() {
        return digits.substring(0, 3) + "." + digits.substring(3, 6) + "." + digits.substring(6);
    }
}
