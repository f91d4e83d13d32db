package gov.dot.fmcsa.nationalregistry.synthetic;

import java.time.LocalDate;

/**
 * An examiner's FMCSA certification, which lasts 10 years.
 *
 * @param date the day the examiner was certified
 */
record Certification(LocalDate date) {

    private static final int VALIDITY_YEARS = 10;

    /** Examiners who did not renew stay in the legacy registry after their certificate expired. */
    private static final double EXPIRED_RATE = 0.08;

    private static final int DAYS_IN_TEN_YEARS = 3652;

    /** @return a certification of the last 10 years, or, for about 8% of examiners, an expired one */
    static Certification random(LocalDate referenceDate, RowRandom random) {
        if (random.chance(EXPIRED_RATE)) {
            return new Certification(referenceDate.minusYears(VALIDITY_YEARS).minusDays(random.between(1, 730)));
        }
        return new Certification(referenceDate.minusDays(random.below(0, DAYS_IN_TEN_YEARS)));
    }

    LocalDate expiry() {
        return date.plusYears(VALIDITY_YEARS);
    }

    /** @return the row, with this certification in its certification columns */
    LegacyRow writeTo(LegacyRow row) {
        return row.set(Column.CERTIFICATION_DATE, date.toString())
                .set(Column.CERTIFICATION_EXPIRY, expiry().toString());
    }
}
