package gov.dot.fmcsa.nationalregistry.web.signin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import java.security.PrivateKey;
import java.util.List;
import org.pac4j.oidc.config.OidcConfiguration;
import org.pac4j.oidc.config.PrivateKeyJWTClientAuthnMethodConfig;
import org.pac4j.oidc.exceptions.OidcException;
import org.pac4j.oidc.metadata.OidcOpMetadataResolver;

/**
 * pac4j's OpenID Connect configuration, made to meet login.gov where pac4j's defaults do not
 * (decision 10 names them): PKCE S256 whether or not discovery lists it, a fresh
 * {@code private_key_jwt} assertion for every token request, a 32-character state, a nonce, RS256
 * ID tokens only, login.gov's {@code acr_values} and {@code prompt}, and its discovery document read
 * once and only when it names the configured issuer.
 */
final class LoginGovConfiguration extends OidcConfiguration {

    private final RegistryKey key;
    private final String issuer;

    LoginGovConfiguration(LoginGovSettings settings, RegistryKey key) {
        this.key = key;
        this.issuer = settings.issuer();
        setDiscoveryURI(settings.discoveryUri());
        setClientId(settings.clientId());
        setScope(LoginGovSettings.SCOPE);
        setResponseType("code");
        setClientAuthenticationMethod(ClientAuthenticationMethod.PRIVATE_KEY_JWT);
        setPrivateKeyJWTClientAuthnMethodConfig(
                new PrivateKeyJWTClientAuthnMethodConfig(JWSAlgorithm.RS256, key.privateKey(), key.keyId()));
        // login.gov does not list code_challenge_methods_supported: without this pac4j sends no PKCE.
        setPkceMethod(CodeChallengeMethod.S256);
        setUseNonce(true);
        setStateGenerator(RandomState.INSTANCE);
        setPreferredJwsAlgorithm(JWSAlgorithm.RS256);
        addCustomParam("acr_values", settings.acrValues());
        addCustomParam("prompt", "select_account");
        int timeoutMillis = Math.toIntExact(settings.timeout().toMillis());
        setConnectTimeout(timeoutMillis);
        setReadTimeout(timeoutMillis);
        // The registry keeps its own session; login.gov's token lifetime does not end it.
        setExpireSessionWithToken(false);
    }

    @Override
    protected OidcOpMetadataResolver createNewOpMetadataResolver() {
        return new LoginGovMetadata(this);
    }

    /**
     * login.gov's discovery document, as pac4j reads it, with three changes.
     * <p>
     * It is refused unless its {@code issuer} is the configured one exactly (OpenID Connect Discovery
     * 4.3): pac4j would check ID tokens against whatever issuer the document names.
     * <p>
     * Its {@code id_token_signing_alg_values_supported} is taken as RS256 alone, whatever it lists:
     * pac4j would check tokens with every algorithm listed whenever RS256 is not among them.
     * <p>
     * pac4j signs the {@code private_key_jwt} assertion once and reuses it: every sign-in after
     * its 60 s validity would fail, and two within it would repeat its {@code jti}. This signs a
     * new one (new {@code jti}, {@code exp} in 5 minutes, {@code aud} the token endpoint) each time
     * pac4j asks.
     * <p>
     * It also keeps the discovery document read when the client was built: pac4j would otherwise ask
     * whether it changed at every use (several times a sign-in) with a HEAD request that has none of
     * the configured timeouts, so a login.gov that accepts connections and does not answer held the
     * registry's request threads forever. The keys still rotate: they are read from {@code jwks_uri}
     * apart from the document, again whenever a token names a key not yet seen.
     */
    private static final class LoginGovMetadata extends OidcOpMetadataResolver {

        private final LoginGovConfiguration configuration;

        LoginGovMetadata(LoginGovConfiguration configuration) {
            super(configuration);
            this.configuration = configuration;
        }

        @Override
        protected OIDCProviderMetadata retrieveMetadata() {
            OIDCProviderMetadata metadata = super.retrieveMetadata();
            String named = metadata.getIssuer().getValue();
            if (!configuration.issuer.equals(named)) {
                throw new OidcException("login.gov's discovery document names the issuer " + named
                        + ", not the configured " + configuration.issuer);
            }
            metadata.setIDTokenJWSAlgs(List.of(JWSAlgorithm.RS256));
            return metadata;
        }

        @Override
        public ClientAuthentication getClientAuthentication() {
            PrivateKey signingKey = configuration.key.privateKey(); // the constructor for any key; RS256 says how
            try {
                return new PrivateKeyJWT(new ClientID(configuration.getClientId()), load().getTokenEndpointURI(),
                        JWSAlgorithm.RS256, signingKey, configuration.key.keyId(), null);
            } catch (JOSEException e) {
                throw new OidcException("cannot sign the client assertion", e);
            }
        }

        @Override
        public boolean hasChanged() {
            return false;
        }
    }
}
