package gov.dot.fmcsa.nationalregistry.synthetic;

/** Fixed-width decimal numbers, as found in ZIP codes, phone numbers and license numbers. */
final class Digits {

    private Digits() {
    }

    /**
     * @return {@code value} in decimal, with leading zeros up to {@code width} digits
     *         (longer values are not cut)
     */
    static String padded(long value, int width) {
        String digits = Long.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
