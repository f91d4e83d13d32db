package gov.dot.fmcsa.nationalregistry.synthetic;

/**
 * The hand-picked accounts every generated registry starts with, whatever its seed and size (as long
 * as the count of their type allows them: with fewer than five examiners, only the first ones are
 * written). Documentation and tests rely on them, so random accounts never use their addresses,
 * random examiners are never associated with their organization, and random assistants are never
 * designated by them.
 *
 * <p>Their dates are relative to the registry's reference date, so their status (valid, expired)
 * is the same for every reference date.
 */
public final class SampleAccounts {

    /** Examiner Ada Lovelace, of Massachusetts: unique address, one valid MD license, associated with Acme. */
    public static final String ADA_LOVELACE_NUMBER = "1000000001";
    public static final String ADA_LOVELACE_EMAIL = "ada.lovelace@example.com";
    /** In Massachusetts; it expires two years after the reference date. */
    public static final String ADA_LOVELACE_LICENSE_NUMBER = "MD-100001";

    /** Examiner Bartholomew Duplicate, who shares {@link #SHARED_OFFICE_EMAIL} with Beatrice. */
    public static final String BARTHOLOMEW_DUPLICATE_NUMBER = "1000000002";
    /** Examiner Beatrice Duplicate, who shares {@link #SHARED_OFFICE_EMAIL} with Bartholomew. */
    public static final String BEATRICE_DUPLICATE_NUMBER = "1000000003";
    /** The primary address of both Duplicates, and of no other account. */
    public static final String SHARED_OFFICE_EMAIL = "shared.office@example.com";

    /** Examiner Carmen Secondary, whose two addresses are both unique. */
    public static final String CARMEN_SECONDARY_NUMBER = "1000000004";
    public static final String CARMEN_PRIMARY_EMAIL = "carmen.primary@example.org";
    public static final String CARMEN_SECONDARY_EMAIL = "carmen.secondary@example.org";

    /** Examiner Dana Expired, whose license and certification have both expired. */
    public static final String DANA_EXPIRED_NUMBER = "1000000005";
    public static final String DANA_EXPIRED_EMAIL = "dana.expired@example.com";

    /** Assistant Evan Assistant, designated by Ada Lovelace only. */
    public static final String EVAN_ASSISTANT_NUMBER = "2000000001";
    public static final String EVAN_ASSISTANT_EMAIL = "evan.assistant@example.net";

    /** Third party Fiona Thirdparty, who defines the organization {@link #ACME_ORGANIZATION_CODE}. */
    public static final String FIONA_THIRDPARTY_NUMBER = "3000000001";
    public static final String FIONA_THIRDPARTY_EMAIL = "fiona.thirdparty@example.com";
    public static final String ACME_ORGANIZATION_CODE = "TP-0001";
    public static final String ACME_ORGANIZATION_NAME = "Acme Fleet Safety LLC";

    /** Administrator Grace Administrator. */
    public static final String GRACE_ADMINISTRATOR_NUMBER = "9000000001";
    public static final String GRACE_ADMINISTRATOR_EMAIL = "grace.admin@example.com";

    private SampleAccounts() {
    }
}
