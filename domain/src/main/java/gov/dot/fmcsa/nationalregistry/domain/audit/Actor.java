package gov.dot.fmcsa.nationalregistry.domain.audit;

import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import java.io.Serializable;
import java.util.Objects;

/**
 * Who an audit event says acted, as {@code audit_event.actor} holds it: an account (its National
 * Registry number), a visitor nobody signed in ({@code anonymous}), or a part of the registry that
 * works on its own ({@code system:<part>}).
 *
 * @param name the actor as logged, at most {@link #MAX_LENGTH} characters
 */
public record Actor(String name) implements Serializable {

    /** The width of the column. */
    public static final int MAX_LENGTH = 100;

    /** Whoever sent a request without being signed in: the transfer form, an emailed link, a sign-in not yet done. */
    public static final Actor ANONYMOUS = new Actor("anonymous");
    /** The queue that answers transfer requests. */
    public static final Actor TRANSFER_QUEUE = part("transfer-queue");
    /** The outbox that queues and delivers the registry's emails. */
    public static final Actor OUTBOX = part("outbox");
    /** The import of the legacy registry's files. */
    public static final Actor LEGACY_IMPORT = part("legacy-import");
    /** The batches of the reminder campaigns. */
    public static final Actor REMINDERS = part("reminders");
    /** login.gov, through the security events it pushes. */
    public static final Actor LOGIN_GOV = part("login-gov");

    public Actor {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("an actor is named by 1 to " + MAX_LENGTH + " characters");
        }
    }

    /** The account {@code number}, acting for itself. */
    public static Actor of(NationalRegistryNumber number) {
        return new Actor(number.value());
    }

    private static Actor part(String part) {
        return new Actor("system:" + part);
    }

    @Override
    public String toString() {
        return name;
    }
}
