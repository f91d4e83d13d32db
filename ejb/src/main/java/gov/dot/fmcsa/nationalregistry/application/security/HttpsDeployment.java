package gov.dot.fmcsa.nationalregistry.application.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a registry people reach over https (any real deployment: {@code registry.public-url} starts
 * with https) must not start without, so that a forgotten setting fails the deployment instead of
 * quietly weakening it: a login.gov issuer over https, and a {@code registry.audit.source-key} of at
 * least 32 bytes. Without that key each node would hash client addresses with a random key of its
 * own, which breaks the audit log's correlation and multiplies every per-address rate limit by the
 * number of nodes. A local run over http keeps its defaults.
 */
@ApplicationScoped
public class HttpsDeployment {

    static final int MINIMUM_KEY_BYTES = 32;

    /** For CDI's proxy. */
    protected HttpsDeployment() {
    }

    @Inject
    HttpsDeployment(@ConfigProperty(name = "registry.public-url",
                            defaultValue = "http://localhost:8080") String publicUrl,
                    @ConfigProperty(name = "registry.login-gov.issuer",
                            defaultValue = "http://localhost:8180/realms/login-gov") String issuer,
                    @ConfigProperty(name = "registry.audit.source-key") Optional<String> auditKey) {
        List<String> problems = problemsOf(publicUrl, issuer, auditKey);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("registry.public-url is https, but " + String.join("; ", problems));
        }
    }

    /** Makes the bean, and so checks the settings, when the registry starts: a problem fails the deployment. */
    void checkAtStart(@Observes Startup started) {
        // Observing is enough: CDI creates the bean, whose constructor checks the settings.
    }

    /** What is wrong with these settings for a registry served at {@code publicUrl}, one sentence each. */
    static List<String> problemsOf(String publicUrl, String issuer, Optional<String> auditKey) {
        List<String> problems = new ArrayList<>();
        if (!publicUrl.startsWith("https://")) {
            return problems;
        }
        if (!issuer.startsWith("https://")) {
            problems.add("registry.login-gov.issuer (" + issuer + ") is not https");
        }
        int keyBytes = auditKey.map(key -> key.getBytes(StandardCharsets.UTF_8).length).orElse(0);
        if (keyBytes < MINIMUM_KEY_BYTES) {
            problems.add(auditKey.isEmpty() ? "registry.audit.source-key is not set"
                    : "registry.audit.source-key has " + keyBytes + " bytes, fewer than " + MINIMUM_KEY_BYTES);
        }
        return problems;
    }
}
