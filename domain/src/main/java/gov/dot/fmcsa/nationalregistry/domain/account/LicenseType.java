package gov.dot.fmcsa.nationalregistry.domain.account;

/** The professions whose licensees may be certified as medical examiners. */
public enum LicenseType {
    MD("Doctor of Medicine"),
    DO("Doctor of Osteopathy"),
    PA("Physician Assistant"),
    APRN("Advanced Practice Registered Nurse"),
    DC("Doctor of Chiropractic");

    private final String displayName;

    LicenseType(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
