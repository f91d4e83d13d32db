package gov.dot.fmcsa.nationalregistry.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The licenses of random examiners: one to three, in different States, all of the examiner's one
 * profession (a physician licensed in three States holds three MD licenses).
 */
final class MedicalLicenses {

    private static final Weighted<MedicalLicense.Type> TYPES =
            Weighted.of(List.of(MedicalLicense.Type.values()), MedicalLicense.Type::weight);

    private static final Weighted<Integer> LICENSE_COUNTS = Weighted.ofCounts(75, 20, 5);

    private static final int MAX_LICENSES = 3; // the number of weights of LICENSE_COUNTS

    /** Most examiners hold their first license where they practise. */
    private static final double HOME_STATE_RATE = 0.85;

    private static final double EXPIRED_RATE = 0.10;
    private static final double EXPIRING_SOON_RATE = 0.07;

    /**
     * License numbers are 8 digits, an affine bijection of (examiner, license) modulo 10^8: unique
     * within each State for up to 33 million examiners, yet not sequential like the registry numbers.
     */
    private static final long NUMBER_MODULUS = 100_000_000L;
    private static final long NUMBER_MULTIPLIER = 7_368_787L;

    private static final String NUMBER_LETTERS = "ABCGHKLMNPRS";

    /** The ways States write their license numbers. */
    private static final List<NumberStyle> NUMBER_STYLES = List.of(
            (type, digits, letter) -> type + "-" + digits,
            (type, digits, letter) -> letter + digits,
            (type, digits, letter) -> digits,
            (type, digits, letter) -> type + digits);

    @FunctionalInterface
    private interface NumberStyle {
        String format(MedicalLicense.Type type, String digits, char letter);
    }

    private final LocalDate referenceDate;
    private final long numberOffset;

    MedicalLicenses(long seed, LocalDate referenceDate) {
        this.referenceDate = referenceDate;
        this.numberOffset = Math.floorMod(seed, NUMBER_MODULUS);
    }

    /** @return the licenses of the index-th examiner, whose practice is in {@code homeState} */
    List<MedicalLicense> random(Jurisdiction homeState, int examinerIndex, RowRandom random) {
        MedicalLicense.Type type = TYPES.pick(random);
        Set<Jurisdiction> states = states(homeState, LICENSE_COUNTS.pick(random), random);
        List<MedicalLicense> licenses = new ArrayList<>(states.size());
        for (Jurisdiction state : states) {
            String number = number(type, examinerIndex * (long) MAX_LICENSES + licenses.size(), random);
            licenses.add(new MedicalLicense(type, state, number, expiry(random)));
        }
        return licenses;
    }

    private static Set<Jurisdiction> states(Jurisdiction homeState, int count, RowRandom random) {
        Set<Jurisdiction> states = new LinkedHashSet<>(); // in drawing order: the home State first
        states.add(random.chance(HOME_STATE_RATE) ? homeState : Jurisdiction.byPopulation(random));
        while (states.size() < count) {
            states.add(Jurisdiction.byPopulation(random));
        }
        return states;
    }

    private String number(MedicalLicense.Type type, long licenseOrdinal, RowRandom random) {
        long scrambled = Math.floorMod(licenseOrdinal * NUMBER_MULTIPLIER + numberOffset, NUMBER_MODULUS);
        char letter = NUMBER_LETTERS.charAt(random.below(0, NUMBER_LETTERS.length()));
        return random.pick(NUMBER_STYLES).format(type, Digits.padded(scrambled, 8), letter);
    }

    /** About 10% expired, about 6% expiring within 90 days, the others valid for up to 3 years. */
    private LocalDate expiry(RowRandom random) {
        if (random.chance(EXPIRED_RATE)) {
            return referenceDate.minusDays(random.between(1, 730));
        }
        if (random.chance(EXPIRING_SOON_RATE)) {
            return referenceDate.plusDays(random.between(1, 90));
        }
        return referenceDate.plusDays(random.between(91, 1095));
    }
}
