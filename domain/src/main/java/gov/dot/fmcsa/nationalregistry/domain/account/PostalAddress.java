package gov.dot.fmcsa.nationalregistry.domain.account;

import gov.dot.fmcsa.nationalregistry.domain.geography.State;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/** A US postal address on file. */
@Embeddable
public class PostalAddress implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_LINE_LENGTH = 200;
    public static final int MAX_CITY_LENGTH = 100;
    private static final Pattern ZIP = Pattern.compile("[0-9]{5}(-[0-9]{4})?");

    @Column(name = "address_line1", length = MAX_LINE_LENGTH)
    private String line1;

    @Column(name = "address_line2", length = MAX_LINE_LENGTH)
    private String line2;

    @Column(name = "city", length = MAX_CITY_LENGTH)
    private String city;

    @Enumerated(EnumType.STRING)
    @Column(name = "address_state", length = 2)
    private State state;

    @Column(name = "postal_code", length = 10)
    private String postalCode;

    protected PostalAddress() {
        // for JPA
    }

    /**
     * An address; line 2 may be blank, everything else is required.
     *
     * @throws InvalidValueException naming the part at fault ({@code line1}, {@code line2},
     *         {@code city}, {@code state}, {@code postalCode})
     */
    public PostalAddress(String line1, String line2, String city, State state, String postalCode) {
        this.line1 = required(line1, "line1", "address line 1", MAX_LINE_LENGTH);
        this.line2 = line2 == null || line2.isBlank() ? null
                : required(line2, "line2", "address line 2", MAX_LINE_LENGTH);
        this.city = required(city, "city", "city", MAX_CITY_LENGTH);
        if (state == null) {
            throw new InvalidValueException("state", "the State is required");
        }
        this.state = state;
        String zip = required(postalCode, "postalCode", "ZIP code", 10);
        if (!ZIP.matcher(zip).matches()) {
            throw new InvalidValueException("postalCode", "a ZIP code is 12345 or 12345-6789");
        }
        this.postalCode = zip;
    }

    private static String required(String value, String part, String what, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(part, "the " + what + " is required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new InvalidValueException(part, "the " + what + " has at most " + maxLength + " characters");
        }
        return trimmed;
    }

    public String line1() {
        return line1;
    }

    public String line2() {
        return line2;
    }

    public String city() {
        return city;
    }

    public State state() {
        return state;
    }

    public String postalCode() {
        return postalCode;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PostalAddress other && Objects.equals(line1, other.line1)
                && Objects.equals(line2, other.line2) && Objects.equals(city, other.city)
                && state == other.state && Objects.equals(postalCode, other.postalCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line1, line2, city, state, postalCode);
    }
}
