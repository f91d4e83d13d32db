package gov.dot.fmcsa.nationalregistry.domain.account;

import gov.dot.fmcsa.nationalregistry.domain.geography.State;
import java.time.LocalDate;
import java.util.Objects;

/** What a license says: the profession, the issuing State, its number and when it expires. */
public record LicenseDetails(LicenseType type, State issuingState, LicenseNumber number, LocalDate expiresOn) {

    public LicenseDetails {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(issuingState, "issuingState");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(expiresOn, "expiresOn");
    }

    /** True when this license has expired on {@code today}. */
    public boolean expiredOn(LocalDate today) {
        return expiresOn.isBefore(today);
    }
}
