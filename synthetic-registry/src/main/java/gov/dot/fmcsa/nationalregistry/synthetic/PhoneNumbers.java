package gov.dot.fmcsa.nationalregistry.synthetic;

import java.util.List;

/**
 * Fictitious phone numbers: 555-0100 to 555-0199 are reserved for fiction in every area code, so no
 * test can ever call a real person. They are written in the three forms the import documents,
 * because legacy data mixes them.
 */
final class PhoneNumbers {

    private enum Style {
        PARENTHESES(50),
        DOTS(35),
        INTERNATIONAL(15);

        private final int weight;

        Style(int weight) {
            this.weight = weight;
        }

        String format(String areaCode, String lineNumber) {
            return switch (this) {
                case PARENTHESES -> "(" + areaCode + ") 555-" + lineNumber;
                case DOTS -> areaCode + ".555." + lineNumber;
                case INTERNATIONAL -> "+1 " + areaCode + " 555 " + lineNumber;
            };
        }
    }

    private static final Weighted<Style> STYLES = Weighted.of(List.of(Style.values()), style -> style.weight);

    private PhoneNumbers() {
    }

    /** @return a fictitious number with the city's area code */
    static String fictitious(Jurisdiction.City city, RowRandom random) {
        String lineNumber = "01" + Digits.padded(random.below(0, 100), 2);
        return STYLES.pick(random).format(city.areaCode(), lineNumber);
    }
}
