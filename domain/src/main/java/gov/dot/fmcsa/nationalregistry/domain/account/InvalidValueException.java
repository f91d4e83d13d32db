package gov.dot.fmcsa.nationalregistry.domain.account;

/**
 * A value given for a registry field does not have the field's format. The message is written for
 * the person who typed or supplied the value, so it can be shown next to the field as it is; when
 * the value was one part of a larger one (an address, a person's details), {@link #part()} names
 * that part so the message can go next to the right field.
 */
public class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String part;

    public InvalidValueException(String message) {
        this(null, message);
    }

    public InvalidValueException(String part, String message) {
        super(message);
        this.part = part;
    }

    /** The part at fault (e.g. {@code city} of an address), or null when it is the value as a whole. */
    public String part() {
        return part;
    }
}
