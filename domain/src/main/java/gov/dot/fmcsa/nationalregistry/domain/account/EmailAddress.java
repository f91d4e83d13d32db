package gov.dot.fmcsa.nationalregistry.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An email address on file. It keeps the address as it was given, for sending and display, and a
 * canonical (lower-case) form that the registry compares: two accounts whose addresses differ only
 * in letter case share one mailbox in practice, so they count as a duplicate.
 */
@Embeddable
public class EmailAddress implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_LENGTH = 254;
    /** Deliberately plain: one @, no spaces, a dot in the domain; the mail server has the last word. */
    private static final Pattern SHAPE = Pattern.compile("[^@\\s\"<>(),;:\\\\\\[\\]]+"
            + "@[^@\\s\"<>(),;:\\\\\\[\\]]+\\.[^@\\s\"<>(),;:\\\\\\[\\].]+");

    @Column(name = "address", length = MAX_LENGTH)
    private String address;

    @Column(name = "canonical", length = MAX_LENGTH)
    private String canonical;

    protected EmailAddress() {
        // for JPA
    }

    private EmailAddress(String address) {
        this.address = address;
        this.canonical = canonicalOf(address);
    }

    /** Parses an address, ignoring surrounding spaces; rejects anything that cannot be mailed. */
    public static EmailAddress of(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("an email address is required");
        }
        String trimmed = text.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw new InvalidValueException("an email address has at most " + MAX_LENGTH + " characters");
        }
        if (!SHAPE.matcher(trimmed).matches() || !isAscii(trimmed)) {
            throw new InvalidValueException("not an email address: it must look like name@example.com");
        }
        return new EmailAddress(trimmed);
    }

    /** The form used for comparisons and uniqueness: lower case. */
    public static String canonicalOf(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String text) {
        // Look-alike letters from other scripts would make two addresses that read the same differ.
        return text.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    public String address() {
        return address;
    }

    public String canonical() {
        return canonical;
    }

    /** True when both name the same mailbox, whatever the letter case. */
    public boolean sameMailboxAs(EmailAddress other) {
        return other != null && canonical.equals(other.canonical);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EmailAddress other && Objects.equals(address, other.address);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(address);
    }

    @Override
    public String toString() {
        return address;
    }
}
