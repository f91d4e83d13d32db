package gov.dot.fmcsa.nationalregistry.synthetic;

import java.time.LocalDate;
import java.util.List;

/**
 * One State license of an examiner.
 *
 * @param number 1 to 20 of {@code A-Z}, {@code 0-9} and {@code -}
 */
record MedicalLicense(Type type, Jurisdiction state, String number, LocalDate expiry) {

    /** The professions whose members may be certified, weighted by their share of examiners. */
    enum Type {
        MD(45),
        DO(15),
        APRN(18),
        PA(10),
        DC(12);

        private final int weight;

        Type(int weight) {
            this.weight = weight;
        }

        int weight() {
            return weight;
        }
    }

    /** @return the {@code licenses} column of an examiner holding these licenses */
    static String column(List<MedicalLicense> licenses) {
        return LegacyCsv.list(licenses.stream().map(MedicalLicense::entry).toList());
    }

    /** @return the license as an entry of the {@code licenses} column: {@code TYPE|STATE|NUMBER|EXPIRY} */
    String entry() {
        return type + "|" + state + "|" + number + "|" + expiry;
    }
}
