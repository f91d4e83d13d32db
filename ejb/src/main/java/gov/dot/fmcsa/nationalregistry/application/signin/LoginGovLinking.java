package gov.dot.fmcsa.nationalregistry.application.signin;

import gov.dot.fmcsa.nationalregistry.application.account.RegistryAccounts;
import gov.dot.fmcsa.nationalregistry.application.audit.AuditLog;
import gov.dot.fmcsa.nationalregistry.application.security.AccountRoles;
import gov.dot.fmcsa.nationalregistry.application.security.Administrators;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountStatus;
import gov.dot.fmcsa.nationalregistry.domain.account.EmailAddress;
import gov.dot.fmcsa.nationalregistry.domain.account.InvalidValueException;
import gov.dot.fmcsa.nationalregistry.domain.account.RegistryAccount;
import gov.dot.fmcsa.nationalregistry.domain.audit.Actor;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditAction;
import gov.dot.fmcsa.nationalregistry.domain.identity.LoginGovIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One attempt to sign a login.gov identity in (docs/product.md flow 6), in a transaction of its own so that
 * a concurrent attempt that linked first makes this one fail as a whole; {@link LoginGovSignIn}
 * then tries again and finds the link. The database keeps a {@code sub} and an account to one link
 * each, and the account's version stops two links racing for it.
 */
// Anyone: a sign-in runs before anyone is signed in; login.gov's checked answer is the proof.
@PermitAll
@Stateless
public class LoginGovLinking {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Inject
    private RegistryAccounts accounts;

    @Inject
    private AuditLog audit;

    @Inject
    private Administrators administrators;

    @Inject
    private AccountRoles roles;

    /**
     * Signs in the account linked to {@code claims.subject()}, or links the one account that the
     * verified emails point to; refuses otherwise. Every outcome is audited.
     *
     * @param source the client address, already hashed
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SignInResult attempt(LoginGovClaims claims, String source) {
        Optional<LoginGovIdentity> identity = accounts.identityWithSubject(claims.subject());
        if (identity.isPresent()) {
            return signIn(identity.get().account(), claims, false, source);
        }
        List<RegistryAccount> candidates = accounts.withAnyEmailOf(verifiedEmails(claims));
        List<RegistryAccount> linkable = candidates.stream().filter(this::linkable).toList();
        if (linkable.size() == 1) {
            return linkOrRefuse(linkable.get(0), claims, source);
        }
        Optional<RegistryAccount> linkedMeanwhile = candidates.stream()
                .filter(account -> isLinkedTo(account, claims.subject())).findFirst();
        if (linkedMeanwhile.isPresent()) {
            return signIn(linkedMeanwhile.get(), claims, false, source);
        }
        return refuse(refusalFor(candidates, linkable), candidates, claims, source);
    }

    /**
     * Links the one account the verified emails point to, unless this identity was taken off it, or
     * login.gov said its email on file changed hands: whoever holds that address at login.gov now
     * may not be the account's owner.
     */
    private SignInResult linkOrRefuse(RegistryAccount account, LoginGovClaims claims, String source) {
        if (accounts.wasUnlinkedFrom(claims.subject(), account)) {
            return refuse(SignInRefusal.IDENTITY_UNLINKED, List.of(account), claims, source);
        }
        if (account.emailInDoubtSince().isPresent()) {
            return refuse(SignInRefusal.EMAIL_IN_DOUBT, List.of(account), claims, source);
        }
        return link(account, claims, source);
    }

    /**
     * True when {@code account} is linked to {@code subject}. A concurrent sign-in of the same
     * person may have linked it between the look-up by subject and the one by email: the two
     * queries read the database at different moments.
     */
    private boolean isLinkedTo(RegistryAccount account, String subject) {
        return account.status() == AccountStatus.LINKED
                && accounts.identityOf(account).filter(identity -> identity.subject().equals(subject)).isPresent();
    }

    private SignInResult link(RegistryAccount account, LoginGovClaims claims, String source) {
        if (account.locked()) {
            return refuse(SignInRefusal.ACCOUNT_LOCKED, List.of(account), claims, source);
        }
        if (account.status() == AccountStatus.LEGACY) {
            account.migrate(); // only the configured first administrator gets here: staff never use the transfer form
        }
        account.link();
        em.persist(new LoginGovIdentity(claims.subject(), account, Instant.now(),
                claims.identityAssurance(), claims.authenticatorAssurance()));
        em.flush(); // a concurrent link shows here, inside this attempt
        audit.record(Actor.of(account.number()), AuditAction.LOGIN_GOV_LINKED, account.number(),
                "login.gov subject " + claims.subject() + " (ial " + claims.identityAssurance()
                        + ", aal " + claims.authenticatorAssurance() + ")", source);
        return signIn(account, claims, true, source);
    }

    private SignInResult signIn(RegistryAccount account, LoginGovClaims claims, boolean newlyLinked, String source) {
        if (account.locked()) {
            return refuse(SignInRefusal.ACCOUNT_LOCKED, List.of(account), claims, source);
        }
        if (account.disabledByLoginGov()) {
            return refuse(SignInRefusal.LOGIN_GOV_DISABLED, List.of(account), claims, source);
        }
        audit.record(Actor.of(account.number()), AuditAction.LOGIN_GOV_SIGNED_IN, account.number(), null, source);
        SignedInAccount signedIn = new SignedInAccount(account.number(),
                account.displayName(), roles.of(account), Instant.now());
        return new SignInResult.SignedIn(signedIn, newlyLinked);
    }

    private SignInResult refuse(SignInRefusal reason, List<RegistryAccount> concerned, LoginGovClaims claims,
                                String source) {
        String detail = reason + " for login.gov subject " + claims.subject();
        if (concerned.isEmpty()) {
            audit.record(Actor.ANONYMOUS, AuditAction.LOGIN_GOV_SIGN_IN_REFUSED, null, detail, source);
        }
        concerned.forEach(account -> audit.record(Actor.ANONYMOUS, AuditAction.LOGIN_GOV_SIGN_IN_REFUSED,
                account.number(), detail, source));
        return new SignInResult.Refused(reason);
    }

    private static SignInRefusal refusalFor(List<RegistryAccount> candidates, List<RegistryAccount> linkable) {
        if (linkable.size() > 1) {
            return SignInRefusal.SEVERAL_MATCHING_ACCOUNTS;
        }
        if (candidates.isEmpty()) {
            return SignInRefusal.NO_MATCHING_ACCOUNT;
        }
        if (hasStatus(candidates, AccountStatus.LINKED)) {
            return SignInRefusal.LINKED_TO_ANOTHER_IDENTITY;
        }
        if (hasStatus(candidates, AccountStatus.EMAIL_DUPLICATE)) {
            return SignInRefusal.EMAIL_NOT_UNIQUE;
        }
        return SignInRefusal.NOT_TRANSFERRED;
    }

    private static boolean hasStatus(List<RegistryAccount> candidates, AccountStatus status) {
        return candidates.stream().anyMatch(account -> account.status() == status);
    }

    private boolean linkable(RegistryAccount account) {
        return account.status() == AccountStatus.MIGRATED
                || account.status() == AccountStatus.LEGACY && administrators.isFirstAdministrator(account);
    }

    /** The verified emails the registry could hold; one it could never hold is skipped. */
    private static List<EmailAddress> verifiedEmails(LoginGovClaims claims) {
        return claims.verifiedEmails().stream().flatMap(LoginGovLinking::parsed).toList();
    }

    private static Stream<EmailAddress> parsed(String email) {
        try {
            return Stream.of(EmailAddress.of(email));
        } catch (InvalidValueException e) {
            return Stream.empty();
        }
    }
}
