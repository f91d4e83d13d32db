package gov.dot.fmcsa.nationalregistry.synthetic;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** The columns only examiners have: certification, licenses and associated organizations. */
final class ExaminerDetails {

    private static final double ASSOCIATION_RATE = 0.4;
    private static final double SECOND_ASSOCIATION_RATE = 0.25;

    private final LocalDate referenceDate;
    private final MedicalLicenses licenses;
    private final Organizations organizations;

    ExaminerDetails(long seed, LocalDate referenceDate, Organizations organizations) {
        this.referenceDate = referenceDate;
        this.licenses = new MedicalLicenses(seed, referenceDate);
        this.organizations = organizations;
    }

    /** @return the row of the index-th examiner, with its examiner columns */
    LegacyRow writeTo(LegacyRow row, Jurisdiction homeState, int index, RowRandom random) {
        Certification.random(referenceDate, random).writeTo(row);
        return row.set(Column.LICENSES, MedicalLicense.column(licenses.random(homeState, index, random)))
                .set(Column.ASSOCIATED_ORGANIZATIONS, associations(random));
    }

    /** About 40% of examiners work for one or two organizations (two picks may land on the same one). */
    private String associations(RowRandom random) {
        if (!organizations.any() || !random.chance(ASSOCIATION_RATE)) {
            return "";
        }
        Set<String> codes = new LinkedHashSet<>();
        codes.add(organizations.randomCode(random));
        if (random.chance(SECOND_ASSOCIATION_RATE)) {
            codes.add(organizations.randomCode(random));
        }
        return LegacyCsv.list(codes);
    }
}
