package gov.dot.fmcsa.nationalregistry.application.administration.audit;

import gov.dot.fmcsa.nationalregistry.domain.account.InvalidValueException;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.audit.Actor;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditAction;
import java.io.Serializable;
import java.time.Instant;

/**
 * Which audit events to show: each part is optional (null: any).
 *
 * @param actor   who acted, exactly as logged ({@link Actor#name()}: a National Registry number, {@code system:…})
 * @param action  what was done
 * @param subject the account concerned
 * @param from    the first instant included
 * @param until   the first instant no longer included
 */
public record AuditFilter(String actor, AuditAction action, NationalRegistryNumber subject, Instant from, Instant until)
        implements Serializable {

    /** Every event. */
    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);

    /**
     * @throws InvalidValueException part {@code actor} when too long to match any actor, part
     *         {@code until} when the range ends before it starts
     */
    public AuditFilter {
        actor = blankToNull(actor);
        if (actor != null && actor.length() > Actor.MAX_LENGTH) {
            throw new InvalidValueException("actor", "keep the actor to " + Actor.MAX_LENGTH + " characters or fewer");
        }
        if (from != null && until != null && !from.isBefore(until)) {
            throw new InvalidValueException("until", "the end of the time range must not be before its start");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
