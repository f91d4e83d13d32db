package gov.dot.fmcsa.nationalregistry.synthetic;

import java.util.List;

/**
 * The organizations defined by third-party rows. Most third parties define their own organization;
 * about one in six joins the organization of the third party just before it instead, the way a
 * carrier registers a second compliance officer. Codes are {@code TP-} and the defining third party's
 * index + 1, so the codes that joining third parties would have defined are never used.
 */
final class Organizations {

    private static final double JOIN_RATE = 0.35;

    private static final List<String> PLACES = List.of(
            "Keystone", "Midwest", "Blue Ridge", "Lone Star", "Great Lakes", "Pacific", "Atlantic", "Summit",
            "Heartland", "Cornerstone", "Frontier", "Liberty", "Pioneer", "Interstate", "Crossroads",
            "Northstar", "Sunbelt", "Evergreen", "Granite State", "Bayou", "Prairie", "Capital", "Tri-County",
            "Gulf Coast", "Rocky Mountain", "Piedmont", "Delta", "Mid-Atlantic", "Heritage", "Big Sky");

    private static final List<String> TRADES = List.of(
            "Fleet Safety", "Driver Compliance", "Occupational Health", "Transport Medical", "DOT Physicals",
            "Carrier Services", "Freight Lines", "Trucking", "Motor Carrier Consulting", "Safety Consultants",
            "Employer Services", "Logistics", "Bus Lines", "Drug & Alcohol Testing");

    /** Legacy data writes company suffixes with and without a comma before them. */
    private static final List<String> SUFFIXES = List.of(
            " LLC", " Inc.", " Co.", " Corp.", " Group", ", LLC", ", Inc.");

    /** Partnerships named after their founders: "Smith, Jones & Co.". */
    private static final double PARTNERSHIP_RATE = 0.1;

    private final long seed;
    private final int thirdParties;
    private final int firstRandomIndex;

    /**
     * @param thirdParties     the number of third-party rows
     * @param firstRandomIndex the index of the first random third party: random examiners never join
     *                         the sample organizations, so that these keep the members documented
     */
    Organizations(long seed, int thirdParties, int firstRandomIndex) {
        this.seed = seed;
        this.thirdParties = thirdParties;
        this.firstRandomIndex = firstRandomIndex;
    }

    /** @return the code of the organization that the index-th third party defines */
    private static String code(int definingThirdParty) {
        return "TP-" + Digits.padded(definingThirdParty + 1L, 4);
    }

    /** @return the row of the index-th random third party, with its organization's code and name */
    LegacyRow writeMembership(LegacyRow row, int thirdParty) {
        int definer = definer(thirdParty);
        return row.set(Column.ORGANIZATION_CODE, code(definer))
                .set(Column.ORGANIZATION_NAME, name(definer));
    }

    /** @return whether there are random organizations an examiner can be associated with */
    boolean any() {
        return thirdParties > firstRandomIndex;
    }

    /** @return the code of a random organization; only when {@link #any()} */
    String randomCode(RowRandom random) {
        return code(definer(random.below(firstRandomIndex, thirdParties)));
    }

    /**
     * Only the second of each pair of random third parties may join the first, so the third party
     * joined always defines its own organization.
     */
    private int definer(int thirdParty) {
        boolean secondOfPair = (thirdParty - firstRandomIndex) % 2 == 1;
        boolean joins = secondOfPair
                && RowRandom.of(seed, AccountType.THIRD_PARTY, thirdParty, RowRandom.Purpose.MEMBERSHIP)
                        .chance(JOIN_RATE);
        return joins ? thirdParty - 1 : thirdParty;
    }

    private String name(int definer) {
        RowRandom random = RowRandom.of(seed, AccountType.THIRD_PARTY, definer, RowRandom.Purpose.ORGANIZATION);
        if (random.chance(PARTNERSHIP_RATE)) {
            return random.pick(PersonNames.LAST).text() + ", " + random.pick(PersonNames.LAST).text() + " & Co.";
        }
        return random.pick(PLACES) + " " + random.pick(TRADES) + random.pick(SUFFIXES);
    }
}
