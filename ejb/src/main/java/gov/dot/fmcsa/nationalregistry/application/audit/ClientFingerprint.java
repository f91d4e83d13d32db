package gov.dot.fmcsa.nationalregistry.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns a client address into a keyed hash (HMAC-SHA-256), so that the audit log and the rate
 * limits can tell requests from one address apart without keeping the address. The key comes from
 * {@code registry.audit.source-key} (environment {@code REGISTRY_AUDIT_SOURCE_KEY}); without it a
 * random key is made at start-up, which is enough for a local run but breaks correlation across
 * restarts and between cluster nodes.
 */
@ApplicationScoped
public class ClientFingerprint {

    private static final Logger LOG = Logger.getLogger(ClientFingerprint.class.getName());
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    @Inject
    ClientFingerprint(@ConfigProperty(name = "registry.audit.source-key") Optional<String> configuredKey) {
        this.key = new SecretKeySpec(configuredKey.map(text -> text.getBytes(StandardCharsets.UTF_8))
                .orElseGet(ClientFingerprint::randomKey), ALGORITHM);
    }

    /** For CDI's proxy. */
    protected ClientFingerprint() {
        this.key = null;
    }

    /** The hash of {@code clientAddress}: 64 hex digits. */
    public String of(String clientAddress) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(
                    mac.doFinal(String.valueOf(clientAddress).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }

    private static byte[] randomKey() {
        LOG.warning("registry.audit.source-key is not set: client addresses are hashed with a random key"
                + " that changes at every start");
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
