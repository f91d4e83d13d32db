package gov.dot.fmcsa.nationalregistry.domain.administration;

import gov.dot.fmcsa.nationalregistry.domain.account.InvalidValueException;
import java.io.Serializable;

/**
 * Why an administrator takes an action in the management console: every action asks for one, and
 * the audit log keeps it with the action (docs/product.md "Management console").
 *
 * @param text the reason as the administrator wrote it, trimmed
 */
public record Reason(String text) implements Serializable {

    public static final int MAX_LENGTH = 500;

    public Reason {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("Enter the reason for this action.");
        }
        text = text.strip();
        if (text.length() > MAX_LENGTH) {
            throw new InvalidValueException("Keep the reason to " + MAX_LENGTH + " characters or fewer.");
        }
    }

    /** The reason {@code text}, checked: see the messages of {@link InvalidValueException}. */
    public static Reason of(String text) {
        return new Reason(text);
    }

    @Override
    public String toString() {
        return text;
    }
}
