package gov.dot.fmcsa.nationalregistry.application.emaillink;

import gov.dot.fmcsa.nationalregistry.application.audit.AuditLog;
import gov.dot.fmcsa.nationalregistry.domain.account.EmailAddress;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.account.RegistryAccount;
import gov.dot.fmcsa.nationalregistry.domain.administration.Reason;
import gov.dot.fmcsa.nationalregistry.domain.audit.Actor;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditAction;
import java.util.Objects;

/**
 * Who asks for a new email address to be confirmed ({@link EmailConfirmations#send}): the owner on
 * their account page, the holder of an email (b) link, or an administrator in the console. It
 * decides what they may be told and how the request is audited.
 */
public sealed interface EmailChangeRequester {

    /** The signed-in owner of the account, on their own page. */
    static EmailChangeRequester owner(NationalRegistryNumber owner, String source) {
        return new Person(Actor.of(owner), source);
    }

    /** Whoever holds a "set a new email" link: nobody is signed in, the link is the proof. */
    static EmailChangeRequester linkHolder(String source) {
        return new Person(Actor.ANONYMOUS, source);
    }

    /** An administrator repairing a shared email for its owner, with the reason they gave. */
    static EmailChangeRequester administrator(NationalRegistryNumber administrator, Reason reason) {
        return new Administrator(administrator, reason);
    }

    /** True when the requester may be told that the address is on file for another account. */
    boolean toldWhenAddressTaken();

    /**
     * True when the requester's confirmation links count against the account's limit
     * ({@link EmailLinkTokens#refuseConfirmationPastLimit}): each sends an email to an address they chose.
     */
    boolean limited();

    /** Records, in the caller's transaction, that a confirmation link for {@code newEmail} went out. */
    void audit(AuditLog log, RegistryAccount account, EmailAddress newEmail);

    /**
     * A person acting on an account they hold: told the same whether or not the address is on file
     * elsewhere, so that the form cannot say which addresses belong to an account; the address
     * itself, whatever they typed, stays out of the audit log.
     *
     * @param source the client address, already hashed
     */
    record Person(Actor actor, String source) implements EmailChangeRequester {

        public Person {
            Objects.requireNonNull(actor, "actor");
        }

        @Override
        public boolean toldWhenAddressTaken() {
            return false;
        }

        @Override
        public boolean limited() {
            return true;
        }

        @Override
        public void audit(AuditLog log, RegistryAccount account, EmailAddress newEmail) {
            log.record(actor, AuditAction.EMAIL_CHANGE_REQUESTED, account.number(),
                    "confirmation sent to the new address", source);
        }
    }

    /** An administrator, who sees every account's email in the console anyway. */
    record Administrator(NationalRegistryNumber number, Reason reason) implements EmailChangeRequester {

        public Administrator {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public boolean toldWhenAddressTaken() {
            return true;
        }

        @Override
        public boolean limited() {
            return false; // each action carries a reason and is audited as the administrator's
        }

        @Override
        public void audit(AuditLog log, RegistryAccount account, EmailAddress newEmail) {
            log.recordAdministration(number, AuditAction.ACCOUNT_EMAIL_SET, account.number(),
                    "confirmation sent to " + newEmail.address(), reason);
        }
    }
}
