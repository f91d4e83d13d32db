package gov.dot.fmcsa.nationalregistry.web.account;

import gov.dot.fmcsa.nationalregistry.application.account.ExaminerDetails;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountStatus;
import gov.dot.fmcsa.nationalregistry.domain.account.Certification;
import gov.dot.fmcsa.nationalregistry.domain.account.LicenseDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How account pages write dates, times and the state of licenses and certifications
 * ({@code #{formats}}), so that the examiner's page and the read-only view of staff say the same.
 */
@Named("formats")
@ApplicationScoped
public class AccountFormats {

    /** The registry's people read times in Eastern time, as the help desk gives them. */
    public static final ZoneId REGISTRY_ZONE = ZoneId.of("America/New_York");
    /** A license expiring within this many days is marked, so that it is renewed in time. */
    static final int EXPIRY_WARNING_DAYS = 90;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
    private static final DateTimeFormatter TIME = DateTimeFormatter
            .ofPattern("MMMM d, yyyy 'at' h:mm a z", Locale.US).withZone(REGISTRY_ZONE);

    private final Clock clock;

    public AccountFormats() {
        this(Clock.system(REGISTRY_ZONE));
    }

    AccountFormats(Clock clock) {
        this.clock = clock;
    }

    /** "March 4, 2027"; empty for none. */
    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "March 4, 2027 at 2:05 PM EST"; empty for none. */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** "Expired", "Expires within 90 days", or empty for a license in good standing. */
    public String licenseWarning(LicenseDetails license) {
        return warning(license.expiresOn());
    }

    /** "Expired", "Expires within 90 days", or empty for a certification in good standing or none. */
    public String certificationWarning(Certification certification) {
        return certification == null ? "" : warning(certification.expiresOn());
    }

    /** "123 days left", "1 day left", "expired 3 days ago", "expires today". */
    public String daysLeft(Certification certification) {
        long days = certification.daysLeft(today());
        if (days == 0) {
            return "expires today";
        }
        if (days < 0) {
            return "expired " + plural(-days, "day") + " ago";
        }
        return plural(days, "day") + " left";
    }

    /** An account's status in words. */
    public String status(AccountStatus status) {
        return switch (status) {
            case LEGACY -> "Not transferred to login.gov yet";
            case EMAIL_DUPLICATE -> "Waiting for a new unique email address";
            case MIGRATED -> "Transferred; waiting for the first sign-in with login.gov";
            case LINKED -> "Signs in with login.gov";
        };
    }

    /** How the link to login.gov reads: when, and whether login.gov verified the identity. */
    public String link(ExaminerDetails.Link link) {
        if (link == null) {
            return "Not linked to login.gov yet";
        }
        return "Linked " + time(link.linkedAt()) + (link.identityAssurance() != null
                && link.identityAssurance().endsWith("ial/2") ? ", identity verified by login.gov" : "");
    }

    private String warning(LocalDate expiresOn) {
        LocalDate today = today();
        if (expiresOn.isBefore(today)) {
            return "Expired";
        }
        return expiresOn.isAfter(today.plusDays(EXPIRY_WARNING_DAYS)) ? ""
                : "Expires within " + EXPIRY_WARNING_DAYS + " days";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
