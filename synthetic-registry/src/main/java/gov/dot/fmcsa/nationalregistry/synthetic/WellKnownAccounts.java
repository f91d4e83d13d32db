package gov.dot.fmcsa.nationalregistry.synthetic;

import static gov.dot.fmcsa.nationalregistry.synthetic.SampleAccounts.*;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of the {@link SampleAccounts}: the first rows of each type. Their references to other
 * sample rows (Ada's organization, Evan's designation) are only written when the referenced row is.
 */
final class WellKnownAccounts {

    private static final PostalAddress DUPLICATES_OFFICE =
            new PostalAddress("4800 Commerce Drive", "Suite 120", "Austin", Jurisdiction.TX, "78701");

    private final LocalDate referenceDate;
    private final Map<AccountType, List<LegacyRow>> rows = new EnumMap<>(AccountType.class);

    /**
     * @param examiners    the number of examiner rows, which decides whether Ada is written
     * @param thirdParties the number of third-party rows, which decides whether Acme is defined
     */
    WellKnownAccounts(LocalDate referenceDate, int examiners, int thirdParties) {
        this.referenceDate = referenceDate;
        rows.put(AccountType.THIRD_PARTY, List.of(fiona()));
        rows.put(AccountType.MEDICAL_EXAMINER,
                List.of(ada(thirdParties > 0), bartholomew(), beatrice(), carmen(), dana()));
        rows.put(AccountType.ADMINISTRATIVE_ASSISTANT, List.of(evan(examiners > 0)));
        rows.put(AccountType.ADMINISTRATOR, List.of(grace()));
    }

    /** @return the number of sample accounts of a type, whether or not the registry has room for all */
    int count(AccountType type) {
        return rows.get(type).size();
    }

    /** @return the index-th sample row of a type; {@code index} is below {@link #count} */
    LegacyRow row(AccountType type, int index) {
        return rows.get(type).get(index);
    }

    private LegacyRow fiona() {
        LegacyRow row = person(AccountType.THIRD_PARTY, 0, "Fiona", "Thirdparty", FIONA_THIRDPARTY_EMAIL)
                .set(Column.PHONE, "(617) 555-0110")
                .set(Column.ORGANIZATION_CODE, ACME_ORGANIZATION_CODE)
                .set(Column.ORGANIZATION_NAME, ACME_ORGANIZATION_NAME);
        return new PostalAddress("200 Harbor Street", "Suite 400", "Boston", Jurisdiction.MA, "02110").writeTo(row);
    }

    private LegacyRow ada(boolean acmeDefined) {
        LegacyRow row = examiner(0, "Ada", "Lovelace", ADA_LOVELACE_EMAIL, "(617) 555-0101",
                new Certification(referenceDate.minusYears(3)),
                new MedicalLicense(MedicalLicense.Type.MD, Jurisdiction.MA, ADA_LOVELACE_LICENSE_NUMBER,
                        referenceDate.plusYears(2)));
        new PostalAddress("12 Analytical Engine Way", "", "Cambridge", Jurisdiction.MA, "02139").writeTo(row);
        return row.set(Column.ASSOCIATED_ORGANIZATIONS, acmeDefined ? ACME_ORGANIZATION_CODE : "");
    }

    private LegacyRow bartholomew() {
        LegacyRow row = examiner(1, "Bartholomew", "Duplicate", SHARED_OFFICE_EMAIL, "512.555.0102",
                new Certification(referenceDate.minusYears(5)),
                new MedicalLicense(MedicalLicense.Type.DO, Jurisdiction.TX, "DO-200002", referenceDate.plusYears(1)));
        return DUPLICATES_OFFICE.writeTo(row);
    }

    private LegacyRow beatrice() {
        LegacyRow row = examiner(2, "Beatrice", "Duplicate", SHARED_OFFICE_EMAIL, "512.555.0103",
                new Certification(referenceDate.minusYears(2)),
                new MedicalLicense(MedicalLicense.Type.MD, Jurisdiction.TX, "MD-200003", referenceDate.plusMonths(18)));
        return DUPLICATES_OFFICE.writeTo(row);
    }

    private LegacyRow carmen() {
        LegacyRow row = examiner(3, "Carmen", "Secondary", CARMEN_PRIMARY_EMAIL, "+1 916 555 0104",
                new Certification(referenceDate.minusYears(4)),
                new MedicalLicense(MedicalLicense.Type.APRN, Jurisdiction.CA, "APRN-400004",
                        referenceDate.plusYears(1)),
                new MedicalLicense(MedicalLicense.Type.APRN, Jurisdiction.NV, "APRN-400014",
                        referenceDate.plusYears(2)));
        new PostalAddress("77 Capitol Mall", "", "Sacramento", Jurisdiction.CA, "95814").writeTo(row);
        return row.set(Column.SECONDARY_EMAIL, CARMEN_SECONDARY_EMAIL);
    }

    private LegacyRow dana() {
        LegacyRow row = examiner(4, "Dana", "Expired", DANA_EXPIRED_EMAIL, "(305) 555-0105",
                new Certification(referenceDate.minusYears(10).minusMonths(6)),
                new MedicalLicense(MedicalLicense.Type.MD, Jurisdiction.FL, "MD-500005", referenceDate.minusMonths(3)));
        return new PostalAddress("9 Ocean Drive", "", "Miami", Jurisdiction.FL, "33139").writeTo(row);
    }

    private LegacyRow evan(boolean adaWritten) {
        return person(AccountType.ADMINISTRATIVE_ASSISTANT, 0, "Evan", "Assistant", EVAN_ASSISTANT_EMAIL)
                .set(Column.PHONE, "(617) 555-0106")
                .set(Column.DESIGNATED_BY, adaWritten ? ADA_LOVELACE_NUMBER : "");
    }

    private LegacyRow grace() {
        return person(AccountType.ADMINISTRATOR, 0, "Grace", "Administrator", GRACE_ADMINISTRATOR_EMAIL)
                .set(Column.PHONE, "202.555.0107");
    }

    private static LegacyRow examiner(int index, String firstName, String lastName, String email, String phone,
                                      Certification certification, MedicalLicense... licenses) {
        LegacyRow row = person(AccountType.MEDICAL_EXAMINER, index, firstName, lastName, email)
                .set(Column.PHONE, phone)
                .set(Column.LICENSES, MedicalLicense.column(List.of(licenses)));
        return certification.writeTo(row);
    }

    private static LegacyRow person(AccountType type, int index, String firstName, String lastName, String email) {
        return new LegacyRow(type, index)
                .set(Column.FIRST_NAME, firstName)
                .set(Column.LAST_NAME, lastName)
                .set(Column.PRIMARY_EMAIL, email);
    }
}
