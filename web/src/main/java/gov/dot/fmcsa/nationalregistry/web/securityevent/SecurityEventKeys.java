package gov.dot.fmcsa.nationalregistry.web.securityevent;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.JSONObjectUtils;
import gov.dot.fmcsa.nationalregistry.web.signin.LoginGovSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * login.gov's keys for its security event tokens: by default those of {@code jwks_uri} in its
 * discovery document (the ones its ID tokens are signed with), or those of
 * {@code registry.login-gov.security-events.jwks-uri}. An {@code https} set is cached and read again
 * when a token names a key not in it, at most once a minute, so that forged {@code kid}s cannot make
 * the registry hammer login.gov; a {@code file:} set (the local run's and the tests' throwaway key)
 * is read once.
 */
@ApplicationScoped
public class SecurityEventKeys {

    private static final long REFRESH_AT_MOST_EVERY = Duration.ofMinutes(1).toMillis();
    private static final int SIZE_LIMIT = 256 * 1024;

    private LoginGovSettings settings;
    private Optional<String> configured;
    private volatile JWKSource<SecurityContext> keys;
    /** The last failure to find the keys, and when: guarded by this. */
    private SecurityEventKeysUnavailable failure;
    private Instant failedAt;

    /** No-argument constructor for the CDI proxy. */
    protected SecurityEventKeys() {
    }

    @Inject
    SecurityEventKeys(LoginGovSettings settings,
                      @ConfigProperty(name = "registry.login-gov.security-events.jwks-uri") Optional<String> jwksUri) {
        this.settings = settings;
        this.configured = jwksUri.filter(uri -> !uri.isBlank());
    }

    /**
     * The keys, found at first use: login.gov may not answer while the registry starts. A failure to
     * find them is remembered for a minute, so that posts meanwhile do not each ask login.gov again.
     */
    JWKSource<SecurityContext> keys() {
        JWKSource<SecurityContext> found = keys;
        if (found == null) {
            synchronized (this) {
                if (keys == null) {
                    keys = found();
                }
                found = keys;
            }
        }
        return found;
    }

    private JWKSource<SecurityContext> found() {
        if (failure != null && failedAt.plus(Duration.ofMinutes(1)).isAfter(Instant.now())) {
            throw failure;
        }
        try {
            return sourceAt(configured.orElseGet(this::discoveredJwksUri));
        } catch (SecurityEventKeysUnavailable e) {
            failure = e;
            failedAt = Instant.now();
            throw e;
        }
    }

    private JWKSource<SecurityContext> sourceAt(String uri) {
        try {
            URL url = URI.create(uri).toURL();
            if ("file".equals(url.getProtocol())) {
                return new ImmutableJWKSet<>(JWKSet.load(new File(url.toURI())));
            }
            // No refresh ahead: it would start a thread of its own, outside the container's.
            return JWKSourceBuilder.<SecurityContext>create(url, retriever())
                    .refreshAheadCache(false)
                    .rateLimited(REFRESH_AT_MOST_EVERY)
                    .build();
        } catch (IOException | ParseException | URISyntaxException | IllegalArgumentException e) {
            throw new SecurityEventKeysUnavailable(e);
        }
    }

    private String discoveredJwksUri() {
        try {
            String document = retriever().retrieveResource(URI.create(settings.discoveryUri()).toURL()).getContent();
            String jwksUri = JSONObjectUtils.getString(JSONObjectUtils.parse(document), "jwks_uri");
            if (jwksUri == null) {
                throw new ParseException("login.gov's discovery document names no jwks_uri", 0);
            }
            return jwksUri;
        } catch (IOException | ParseException e) {
            throw new SecurityEventKeysUnavailable(e);
        }
    }

    private DefaultResourceRetriever retriever() {
        int timeout = Math.toIntExact(settings.timeout().toMillis());
        return new DefaultResourceRetriever(timeout, timeout, SIZE_LIMIT);
    }
}
