package gov.dot.fmcsa.nationalregistry.web.signin;

import gov.dot.fmcsa.nationalregistry.application.signin.LoginGovClaims;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.pac4j.core.context.CallContext;
import org.pac4j.core.exception.TechnicalException;
import org.pac4j.core.exception.http.RedirectionAction;
import org.pac4j.core.http.callback.NoParameterCallbackUrlResolver;
import org.pac4j.core.util.InitializableObject;
import org.pac4j.jee.context.JEEContext;
import org.pac4j.jee.context.session.JEESessionStore;
import org.pac4j.jee.http.adapter.JEEHttpActionAdapter;
import org.pac4j.oidc.client.OidcClient;
import org.pac4j.oidc.credentials.OidcCredentials;
import org.pac4j.oidc.profile.OidcProfile;

/**
 * The registry's side of login.gov's authorization code flow, through pac4j's OpenID Connect
 * client used as a library (decision 0010): the redirect to login.gov, the checks of its answer
 * (state, code exchange with a client assertion, ID token, userinfo) and the logout address.
 * <p>
 * The client is built on first use, so that the registry deploys and serves its other pages while
 * login.gov cannot be reached or the key is not configured; pac4j reads login.gov's discovery
 * document then, and its keys again when a token names one it does not know.
 */
@ApplicationScoped
public class LoginGov {

    static final String CLIENT_NAME = "login.gov";

    /**
     * Parameters of an answer that carries tokens in its address (an implicit or hybrid flow the
     * registry never asks for): whatever sent it, the tokens have been in a browser's history.
     */
    private static final List<String> TOKEN_PARAMETERS = List.of("id_token", "access_token");

    /** pac4j keeps the state, nonce and PKCE verifier of a sign-in in the HTTP session. */
    private static final JEESessionStore SESSION = new JEESessionStore();

    private LoginGovSettings settings;

    private volatile OidcClient client;

    private volatile IdentityAssurance askedAssurance;

    /** No-argument constructor for the CDI proxy. */
    protected LoginGov() {
    }

    @Inject
    LoginGov(LoginGovSettings settings) {
        this.settings = settings;
    }

    /**
     * Sends the browser to login.gov's authorization endpoint; the state, nonce and PKCE verifier
     * wait in the session for the callback.
     *
     * @throws LoginGovException when login.gov cannot be reached or the registry is not set up for it
     */
    public void redirectToSignIn(HttpServletRequest request, HttpServletResponse response) {
        JEEContext context = new JEEContext(request, response);
        try {
            RedirectionAction action = client().getRedirectionAction(new CallContext(context, SESSION))
                    .orElseThrow(() -> new LoginGovException("pac4j built no redirection to login.gov"));
            JEEHttpActionAdapter.INSTANCE.adapt(action, context);
        } catch (TechnicalException e) {
            throw new LoginGovException("cannot start a sign-in with login.gov: " + e.getMessage(), e);
        }
    }

    /**
     * Checks login.gov's answer to the authorization request and returns what it says about the
     * person: the state must be the session's, the code must buy tokens (with a fresh client
     * assertion and the PKCE verifier), the ID token must be signed by login.gov for this client
     * with the session's nonce and be current, RS256, for no other client ({@link CheckedIdToken}) and
     * of the assurance asked for, and userinfo must be about the same {@code sub}. An answer with a
     * token in its address is refused.
     * The state, nonce and verifier are removed from the session whatever the outcome: an answer
     * is used once.
     *
     * @throws LoginGovException with a description for the audit log when any check fails
     */
    public LoginGovClaims claimsFromCallback(HttpServletRequest request, HttpServletResponse response) {
        JEEContext context = new JEEContext(request, response);
        CallContext callContext = new CallContext(context, SESSION);
        try {
            refuseTokensInTheAddress(request);
            OidcClient oidc = client();
            OidcCredentials credentials = oidc.getCredentials(callContext)
                    .filter(OidcCredentials.class::isInstance).map(OidcCredentials.class::cast)
                    .filter(found -> found.getCode() != null)
                    .orElseThrow(() -> new LoginGovException("login.gov's answer holds no authorization code"));
            OidcCredentials tokens = oidc.validateCredentials(callContext, credentials)
                    .map(OidcCredentials.class::cast)
                    .orElseThrow(() -> new LoginGovException("the authorization code was not accepted"));
            // Without an ID token pac4j would take the sub from userinfo alone: no signature, audience,
            // issuer or nonce would be checked.
            if (tokens.getIdToken() == null) {
                throw new LoginGovException("login.gov's token response holds no ID token");
            }
            OidcProfile profile = (OidcProfile) oidc.getUserProfile(callContext, tokens)
                    .orElseThrow(() -> new LoginGovException("login.gov returned no profile"));
            CheckedIdToken.check(tokens.getIdToken(), settings.clientId(), askedAssurance);
            return ProfileClaims.of(profile);
        } catch (TechnicalException | IllegalArgumentException e) {
            throw new LoginGovException("login.gov's answer failed its checks: " + e, e);
        } finally {
            forgetAuthorizationRequest(context);
        }
    }

    /**
     * Whether login.gov's error answer ({@code error=...}, e.g. the person cancelled) carries the
     * state of the sign-in this session started; if so, that sign-in is over. An answer without it
     * may come from anyone: it ends nothing.
     */
    public boolean endsSignInInProgress(HttpServletRequest request, HttpServletResponse response) {
        OidcClient built = client;
        String state = request.getParameter("state");
        if (built == null || state == null) {
            return false;
        }
        JEEContext context = new JEEContext(request, response);
        boolean inProgress = SESSION.get(context, built.getStateSessionAttributeName())
                .map(Object::toString).filter(state::equals).isPresent();
        if (inProgress) {
            forgetAuthorizationRequest(context);
        }
        return inProgress;
    }

    /**
     * login.gov's logout address in the form it requires: {@code client_id},
     * {@code post_logout_redirect_uri} and {@code state}, never {@code id_token_hint}.
     *
     * @throws LoginGovException when login.gov's discovery document cannot be read
     */
    public URI logoutUri(String state) {
        try {
            String endSession = client().getConfiguration().findLogoutUrl();
            if (endSession == null) {
                throw new LoginGovException("login.gov's discovery document names no end_session_endpoint");
            }
            return URI.create(endSession + (endSession.contains("?") ? "&" : "?")
                    + "client_id=" + encoded(settings.clientId())
                    + "&post_logout_redirect_uri=" + encoded(settings.postLogoutRedirectUri())
                    + "&state=" + encoded(state));
        } catch (TechnicalException e) {
            throw new LoginGovException("cannot read login.gov's logout address: " + e.getMessage(), e);
        }
    }

    private static void refuseTokensInTheAddress(HttpServletRequest request) {
        TOKEN_PARAMETERS.stream().filter(name -> request.getParameter(name) != null).findFirst().ifPresent(name -> {
            throw new LoginGovException("login.gov's answer carries " + name + " in its address");
        });
    }

    private OidcClient client() {
        OidcClient built = client;
        if (built == null) {
            synchronized (this) {
                if (client == null) {
                    client = newClient();
                }
                built = client;
            }
        }
        return built;
    }

    private OidcClient newClient() {
        try {
            askedAssurance = IdentityAssurance.askedFor(settings.acrValues());
        } catch (IllegalArgumentException e) {
            throw new LoginGovException(e.getMessage(), e);
        }
        RegistryKey key = RegistryKey.read(settings.privateKey().orElseThrow(() -> new LoginGovException(
                "registry.login-gov.private-key is not set: the registry has no key to sign in with")),
                settings.keyId());
        OidcClient oidc = new OidcClient(new LoginGovConfiguration(settings, key));
        oidc.setName(CLIENT_NAME);
        oidc.setCallbackUrl(settings.redirectUri());
        // pac4j would add ?client_name=... and the redirect URI would no longer be the registered one.
        oidc.setCallbackUrlResolver(new NoParameterCallbackUrlResolver());
        // pac4j marks the session when a callback fails and answers the next redirection with a 401 (a
        // guard of its security filter against redirect loops): the next "Log in" after a failed sign-in
        // would end on "login.gov is unavailable". Here a sign-in starts only when someone asks for one.
        oidc.setCheckAuthenticationAttempt(false);
        // Reads the discovery document now: a client that failed to is not kept (pac4j would give up
        // after three attempts), so the next sign-in tries again once login.gov answers.
        oidc.init();
        // pac4j builds its profile creator lazily and lets a second thread use it half built (a
        // NullPointerException in the first concurrent sign-ins after a start): build it here, once.
        if (oidc.getProfileCreator() instanceof InitializableObject creator) {
            creator.init();
        }
        return oidc;
    }

    private void forgetAuthorizationRequest(JEEContext context) {
        OidcClient built = client;
        if (built != null) {
            Stream.of(built.getStateSessionAttributeName(), built.getNonceSessionAttributeName(),
                    built.getCodeVerifierSessionAttributeName()).forEach(name -> SESSION.set(context, name, null));
        }
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
