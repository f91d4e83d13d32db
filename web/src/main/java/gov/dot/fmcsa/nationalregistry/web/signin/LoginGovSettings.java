package gov.dot.fmcsa.nationalregistry.web.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the registry reaches login.gov, from MicroProfile Config (system properties or environment;
 * docs/architecture.md lists the keys with their sandbox and production values). The defaults are
 * those of the local stand-in that {@code bin/run} starts.
 */
@ApplicationScoped
public class LoginGovSettings {

    /** What the registry asks login.gov for: the ID, its verified emails, all of them. */
    static final String SCOPE = "openid email all_emails";

    private String issuer;
    private String clientId;
    private Optional<Path> privateKey;
    private Optional<String> keyId;
    private String acrValues;
    private String publicUrl;
    private Duration timeout;
    private Duration idleTimeout;
    private Duration maximumSessionLifetime;

    /** No-argument constructor for the CDI proxy. */
    protected LoginGovSettings() {
    }

    @Inject
    public LoginGovSettings(@ConfigProperty(name = "registry.login-gov.issuer",
                             defaultValue = "http://localhost:8180/realms/login-gov") String issuer,
                     @ConfigProperty(name = "registry.login-gov.client-id",
                             defaultValue = "urn:gov:gsa:openidconnect.profiles:sp:sso:dot:national-registry-local")
                     String clientId,
                     @ConfigProperty(name = "registry.login-gov.private-key") Optional<Path> privateKey,
                     @ConfigProperty(name = "registry.login-gov.key-id") Optional<String> keyId,
                     @ConfigProperty(name = "registry.login-gov.acr-values",
                             defaultValue = "urn:acr.login.gov:auth-only") String acrValues,
                     @ConfigProperty(name = "registry.public-url",
                             defaultValue = "http://localhost:8080") String publicUrl,
                     @ConfigProperty(name = "registry.login-gov.timeout", defaultValue = "PT5S") Duration timeout,
                     @ConfigProperty(name = "registry.session.idle-timeout",
                             defaultValue = "PT30M") Duration idleTimeout,
                     @ConfigProperty(name = "registry.session.maximum-lifetime", defaultValue = "PT12H")
                     Duration maximumSessionLifetime) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.privateKey = privateKey;
        this.keyId = keyId.filter(id -> !id.isBlank());
        this.acrValues = acrValues;
        this.publicUrl = withoutTrailingSlash(publicUrl);
        this.timeout = timeout;
        this.idleTimeout = idleTimeout;
        this.maximumSessionLifetime = maximumSessionLifetime;
    }

    /**
     * login.gov's issuer identifier, exactly as its discovery document and ID tokens must name it
     * (login.gov's ends in a slash: {@code https://secure.login.gov/}).
     */
    public String issuer() {
        return issuer;
    }

    /** The scheme, host and port of login.gov's issuer: where the browser goes to sign in and out. */
    public String issuerOrigin() {
        return originOf(issuer);
    }

    /** The scheme, host and port of the registry's public address: the origin of its own pages. */
    public String publicOrigin() {
        return originOf(publicUrl);
    }

    /** Whether people reach the registry over https (also behind a proxy that ends TLS). */
    public boolean servedOverHttps() {
        return publicUrl.startsWith("https://");
    }

    /** Where login.gov publishes its endpoints and keys. */
    public String discoveryUri() {
        return withoutTrailingSlash(issuer) + "/.well-known/openid-configuration";
    }

    public String clientId() {
        return clientId;
    }

    /** The PEM file (PKCS #8) of the registry's private key, whose certificate login.gov holds. */
    public Optional<Path> privateKey() {
        return privateKey;
    }

    /** The {@code kid} of the client assertions; by default the key's RFC 7638 thumbprint. */
    public Optional<String> keyId() {
        return keyId;
    }

    public String acrValues() {
        return acrValues;
    }

    /** The redirect URI registered at login.gov, exactly. */
    public String redirectUri() {
        return publicUrl + SignInPaths.CALLBACK;
    }

    /** The post-logout redirect URI registered at login.gov, exactly. */
    public String postLogoutRedirectUri() {
        return publicUrl + SignInPaths.SIGNED_OUT;
    }

    /** The registry's public address of {@code path}, e.g. one registered with login.gov. */
    public String publicAddressOf(String path) {
        return publicUrl + path;
    }

    /** The longest the registry waits for login.gov to connect or to answer. */
    public Duration timeout() {
        return timeout;
    }

    /** A session nobody used for this long ends. */
    public Duration idleTimeout() {
        return idleTimeout;
    }

    /** A session ends this long after its sign-in, however busy. */
    public Duration maximumSessionLifetime() {
        return maximumSessionLifetime;
    }

    private static String originOf(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
