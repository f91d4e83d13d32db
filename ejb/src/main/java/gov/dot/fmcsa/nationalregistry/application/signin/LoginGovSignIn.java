package gov.dot.fmcsa.nationalregistry.application.signin;

import gov.dot.fmcsa.nationalregistry.application.audit.AuditLog;
import gov.dot.fmcsa.nationalregistry.application.audit.ClientFingerprint;
import gov.dot.fmcsa.nationalregistry.application.operations.RegistryMetrics;
import gov.dot.fmcsa.nationalregistry.domain.audit.Actor;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditAction;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Signing in with login.gov, seen from the registry: what the web tier calls once login.gov has
 * answered and its tokens have been checked, and when a person signs out.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LoginGovSignIn {

    private static final Logger LOG = Logger.getLogger(LoginGovSignIn.class.getName());

    @Inject
    private LoginGovLinking linking;

    @Inject
    private AuditLog audit;

    @Inject
    private ClientFingerprint fingerprint;

    @Inject
    private RegistryMetrics metrics;

    /**
     * Signs the login.gov identity in to its registry account, linking it on the first sign-in
     * (docs/product.md flow 6). When two sign-ins race for the same {@code sub} or the same account, one
     * links and the other is tried again once, and then sees that link.
     *
     * @param claims        what login.gov said about the person, tokens already checked
     * @param clientAddress the address the request came from (stored hashed only)
     * @return the account signed in, or why none was
     */
    public SignInResult signIn(LoginGovClaims claims, String clientAddress) {
        SignInResult result = attempt(claims, fingerprint.of(clientAddress));
        metrics.countSignIn(result);
        return result;
    }

    private SignInResult attempt(LoginGovClaims claims, String source) {
        try {
            return linking.attempt(claims, source);
        } catch (EJBException lostRace) {
            LOG.log(Level.FINE, "a concurrent sign-in changed the account; trying again", lostRace);
            return linking.attempt(claims, source);
        }
    }

    /**
     * Records that {@code account} signed out.
     *
     * @param clientAddress the address the request came from (stored hashed only)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void signedOut(SignedInAccount account, String clientAddress) {
        audit.record(Actor.of(account.number()), AuditAction.SIGNED_OUT, account.number(), null,
                fingerprint.of(clientAddress));
    }

    /**
     * Records a return from login.gov that signed nobody in before any account was looked at: an
     * error from login.gov, a missing or forged state, a code that does not work, tokens that fail
     * their checks, or login.gov not answering.
     *
     * @param problem       what went wrong, for the reader of the audit log
     * @param clientAddress the address the request came from (stored hashed only)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void failed(String problem, String clientAddress) {
        audit.record(Actor.ANONYMOUS, AuditAction.LOGIN_GOV_SIGN_IN_FAILED, null, problem,
                fingerprint.of(clientAddress));
        metrics.countFailedSignIn();
    }
}
