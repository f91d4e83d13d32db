package gov.dot.fmcsa.nationalregistry.domain.organization;

import gov.dot.fmcsa.nationalregistry.domain.account.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.regex.Pattern;

/**
 * An organization (a motor carrier, a clinic chain, a fleet-safety service) whose third-party
 * accounts may see the examiners associated with it.
 */
@Entity
@Table(name = "third_party_organization")
@NamedQuery(name = ThirdPartyOrganization.BY_CODES,
        query = "SELECT o FROM ThirdPartyOrganization o WHERE o.code IN :codes")
public class ThirdPartyOrganization {

    public static final String BY_CODES = "ThirdPartyOrganization.byCodes";
    public static final int MAX_NAME_LENGTH = 200;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9-]{2,20}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organization_seq")
    @SequenceGenerator(name = "organization_seq", sequenceName = "third_party_organization_seq", allocationSize = 20)
    private Long id;

    @Version
    private long version;

    @Column(name = "code", nullable = false, unique = true, length = 20)
    private String code;

    @Column(name = "name", nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    protected ThirdPartyOrganization() {
        // for JPA
    }

    /** @throws InvalidValueException when the code or the name has the wrong form */
    public ThirdPartyOrganization(String code, String name) {
        this.code = validCode(code);
        rename(name);
    }

    /** Checks an organization code as the registry writes them: 2–20 of A–Z, 0–9 and dashes. */
    public static String validCode(String code) {
        if (code == null || !CODE.matcher(code.strip()).matches()) {
            throw new InvalidValueException("an organization code has 2 to 20 capital letters, digits or dashes");
        }
        return code.strip();
    }

    /** @throws InvalidValueException when the name is blank or too long */
    public void rename(String newName) {
        if (newName == null || newName.isBlank() || newName.strip().length() > MAX_NAME_LENGTH) {
            throw new InvalidValueException("an organization name has 1 to " + MAX_NAME_LENGTH + " characters");
        }
        this.name = newName.strip();
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }
}
