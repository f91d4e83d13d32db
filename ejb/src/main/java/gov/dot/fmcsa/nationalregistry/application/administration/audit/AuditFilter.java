package gov.dot.fmcsa.nationalregistry.application.administration.audit;

import gov.dot.fmcsa.nationalregistry.domain.account.InvalidValueException;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import java.io.Serializable;
import java.time.Instant;

/**
 * Which audit events to show: each part is optional (null: any).
 *
 * @param actor   who acted, exactly as logged (a National Registry number, {@code system:…})
 * @param action  the action, exactly as logged
 * @param subject the account concerned
 * @param from    the first instant included
 * @param until   the first instant no longer included
 */
public record AuditFilter(String actor, String action, NationalRegistryNumber subject, Instant from, Instant until)
        implements Serializable {

    /** The columns' widths: a longer text could match nothing. */
    public static final int MAX_ACTOR_LENGTH = 100;
    public static final int MAX_ACTION_LENGTH = 60;

    /** Every event. */
    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);

    /**
     * @throws InvalidValueException part {@code actor} or {@code action} when too long, part
     *         {@code until} when the range ends before it starts
     */
    public AuditFilter {
        actor = blankToNull(actor);
        action = blankToNull(action);
        if (actor != null && actor.length() > MAX_ACTOR_LENGTH) {
            throw new InvalidValueException("actor", "keep the actor to " + MAX_ACTOR_LENGTH + " characters or fewer");
        }
        if (action != null && action.length() > MAX_ACTION_LENGTH) {
            throw new InvalidValueException("action", "keep the action to " + MAX_ACTION_LENGTH + " characters or fewer");
        }
        if (from != null && until != null && !from.isBefore(until)) {
            throw new InvalidValueException("until", "the end of the time range must not be before its start");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
