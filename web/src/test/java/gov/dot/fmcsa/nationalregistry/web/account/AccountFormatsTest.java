package gov.dot.fmcsa.nationalregistry.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import gov.dot.fmcsa.nationalregistry.application.account.ExaminerDetails;
import gov.dot.fmcsa.nationalregistry.domain.account.Certification;
import gov.dot.fmcsa.nationalregistry.domain.account.LicenseDetails;
import gov.dot.fmcsa.nationalregistry.domain.account.LicenseNumber;
import gov.dot.fmcsa.nationalregistry.domain.account.LicenseType;
import gov.dot.fmcsa.nationalregistry.domain.geography.State;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class AccountFormatsTest {

    /** Noon on March 1, 2027, in the registry's time zone. */
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    private final AccountFormats formats = new AccountFormats(Clock.fixed(
            ZonedDateTime.of(TODAY.atTime(12, 0), AccountFormats.REGISTRY_ZONE).toInstant(),
            AccountFormats.REGISTRY_ZONE));

    @Test
    void aLicenseIsMarkedOnceExpiredOrWithin90DaysOfItsExpiry() {
        assertThat(formats.licenseWarning(licenseExpiring(TODAY.minusDays(1)))).isEqualTo("Expired");
        assertThat(formats.licenseWarning(licenseExpiring(TODAY))).isEqualTo("Expires within 90 days");
        assertThat(formats.licenseWarning(licenseExpiring(TODAY.plusDays(90)))).isEqualTo("Expires within 90 days");
        assertThat(formats.licenseWarning(licenseExpiring(TODAY.plusDays(91)))).isEmpty();
    }

    @Test
    void theDaysLeftOfACertificationAreCountedFromTodayInTheRegistrysZone() {
        assertThat(formats.daysLeft(certificationExpiring(TODAY.plusDays(1)))).isEqualTo("1 day left");
        assertThat(formats.daysLeft(certificationExpiring(TODAY.plusDays(200)))).isEqualTo("200 days left");
        assertThat(formats.daysLeft(certificationExpiring(TODAY))).isEqualTo("expires today");
        assertThat(formats.daysLeft(certificationExpiring(TODAY.minusDays(3)))).isEqualTo("expired 3 days ago");
        assertThat(formats.certificationWarning(certificationExpiring(TODAY.minusDays(3)))).isEqualTo("Expired");
        assertThat(formats.certificationWarning(null)).isEmpty();
    }

    @Test
    void timesAreWrittenInEasternTime() {
        assertThat(formats.time(Instant.parse("2027-01-05T19:05:00Z"))).isEqualTo("January 5, 2027 at 2:05 PM EST");
        assertThat(formats.time(Instant.parse("2027-07-05T19:05:00Z"))).isEqualTo("July 5, 2027 at 3:05 PM EDT");
    }

    @Test
    void theLinkSaysWhenAndWhetherLoginGovVerifiedTheIdentity() {
        Instant at = Instant.parse("2027-01-05T19:05:00Z");
        assertThat(formats.link(null)).isEqualTo("Not linked to login.gov yet");
        assertThat(formats.link(new ExaminerDetails.Link(at, "http://idmanagement.gov/ns/assurance/ial/1", "aal")))
                .isEqualTo("Linked January 5, 2027 at 2:05 PM EST");
        assertThat(formats.link(new ExaminerDetails.Link(at, "http://idmanagement.gov/ns/assurance/ial/2", "aal")))
                .endsWith(", identity verified by login.gov");
    }

    private static LicenseDetails licenseExpiring(LocalDate expiresOn) {
        return new LicenseDetails(LicenseType.MD, State.VA, LicenseNumber.of("MD-1"), expiresOn);
    }

    private static Certification certificationExpiring(LocalDate expiresOn) {
        return new Certification(expiresOn.minusYears(10), expiresOn);
    }
}
