package gov.dot.fmcsa.nationalregistry.domain.account;

import gov.dot.fmcsa.nationalregistry.domain.geography.State;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A license to practise that a State issued to a medical examiner. */
@Entity
@Table(name = "professional_license")
public class ProfessionalLicense {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "license_seq")
    @SequenceGenerator(name = "license_seq", sequenceName = "professional_license_seq", allocationSize = 100)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private RegistryAccount examiner;

    @Enumerated(EnumType.STRING)
    @Column(name = "license_type", nullable = false, length = 8)
    private LicenseType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "issuing_state", nullable = false, length = 2)
    private State issuingState;

    @Column(name = "license_number", nullable = false, length = LicenseNumber.MAX_LENGTH)
    private LicenseNumber number;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    protected ProfessionalLicense() {
        // for JPA
    }

    ProfessionalLicense(RegistryAccount examiner, LicenseDetails details) {
        this.examiner = examiner;
        this.issuingState = details.issuingState();
        this.number = details.number();
        update(details);
    }

    void update(LicenseDetails details) {
        this.type = details.type();
        this.expiresOn = details.expiresOn();
    }

    /** True when this is the license that {@code details} describes (same State, same number). */
    boolean identifiedBy(LicenseDetails details) {
        return issuingState == details.issuingState() && number.equals(details.number());
    }

    public Long id() {
        return id;
    }

    public LicenseType type() {
        return type;
    }

    public State issuingState() {
        return issuingState;
    }

    public LicenseNumber number() {
        return number;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    /** The license as a value, for comparisons and display. */
    public LicenseDetails details() {
        return new LicenseDetails(type, issuingState, number, expiresOn);
    }
}
