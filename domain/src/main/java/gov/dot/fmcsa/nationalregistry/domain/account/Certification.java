package gov.dot.fmcsa.nationalregistry.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** A medical examiner's certification by the National Registry: when it was granted and when it ends. */
@Embeddable
public class Certification implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "certification_date")
    private LocalDate certifiedOn;

    @Column(name = "certification_expiry")
    private LocalDate expiresOn;

    protected Certification() {
        // for JPA
    }

    /** @throws InvalidValueException when the certificate would end before it starts */
    public Certification(LocalDate certifiedOn, LocalDate expiresOn) {
        this.certifiedOn = Objects.requireNonNull(certifiedOn, "certifiedOn");
        this.expiresOn = Objects.requireNonNull(expiresOn, "expiresOn");
        if (expiresOn.isBefore(certifiedOn)) {
            throw new InvalidValueException("the certification cannot expire before its date");
        }
    }

    public LocalDate certifiedOn() {
        return certifiedOn;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    /** Days from {@code today} until expiry; negative once expired. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, expiresOn);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Certification other && Objects.equals(certifiedOn, other.certifiedOn)
                && Objects.equals(expiresOn, other.expiresOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(certifiedOn, expiresOn);
    }
}
