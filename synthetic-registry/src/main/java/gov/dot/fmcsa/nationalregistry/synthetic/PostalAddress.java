package gov.dot.fmcsa.nationalregistry.synthetic;

import java.util.List;
import java.util.function.IntFunction;

/**
 * A US postal address.
 *
 * @param line2 empty when there is no second line
 */
record PostalAddress(String line1, String line2, String city, Jurisdiction state, String postalCode) {

    private static final List<String> STREET_NAMES = List.of(
            "Main", "Oak", "Maple", "Washington", "Lincoln", "Park", "Elm", "Cedar", "Pine", "Lake", "Hill",
            "Church", "Market", "Highland", "Union", "Franklin", "Jefferson", "Madison", "Center", "River",
            "Spring", "Ridge", "Meadow", "Sunset", "Walnut", "Chestnut", "Willow", "Commerce", "Industrial",
            "Medical Center", "Harbor", "Mill", "Forest", "Broad", "Grant", "Prospect", "Summit", "Valley",
            "Martin Luther King Jr.", "Old County");

    /** Legacy data spells the same kinds of street both in full and abbreviated. */
    private static final List<String> STREET_KINDS = List.of(
            "Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Drive", "Dr", "Lane",
            "Way", "Parkway", "Court");

    private static final List<IntFunction<String>> SECOND_LINES = List.of(
            number -> "Suite " + (100 + number * 10),
            number -> "Ste " + (100 + number),
            number -> "Unit " + number,
            number -> "Floor " + (2 + number % 12),
            number -> "Building " + (char) ('A' + number % 6));

    private static final double SECOND_LINE_RATE = 0.25;
    private static final double ZIP_PLUS_FOUR_RATE = 0.2;

    /** @return a plausible address in a city of a State */
    static PostalAddress random(Jurisdiction state, Jurisdiction.City city, RowRandom random) {
        String line1 = random.between(1, 9999) + " " + random.pick(STREET_NAMES) + " " + random.pick(STREET_KINDS);
        String line2 = random.chance(SECOND_LINE_RATE) ? random.pick(SECOND_LINES).apply(random.between(1, 90)) : "";
        return new PostalAddress(line1, line2, city.name(), state, postalCode(city, random));
    }

    /** @return the row, with this address in its address columns */
    LegacyRow writeTo(LegacyRow row) {
        return row.set(Column.ADDRESS_LINE1, line1)
                .set(Column.ADDRESS_LINE2, line2)
                .set(Column.CITY, city)
                .set(Column.STATE, state.name())
                .set(Column.POSTAL_CODE, postalCode);
    }

    private static String postalCode(Jurisdiction.City city, RowRandom random) {
        String zip = city.zipPrefix() + Digits.padded(random.between(1, 99), 2);
        return random.chance(ZIP_PLUS_FOUR_RATE) ? zip + "-" + Digits.padded(random.between(1, 9999), 4) : zip;
    }
}
