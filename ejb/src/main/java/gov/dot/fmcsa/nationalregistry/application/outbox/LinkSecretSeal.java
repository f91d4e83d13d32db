package gov.dot.fmcsa.nationalregistry.application.outbox;

import gov.dot.fmcsa.nationalregistry.domain.outbox.EmailContent;
import gov.dot.fmcsa.nationalregistry.domain.outbox.OutboxEmail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps a link secret unreadable while its email waits in the outbox (decision 20): AES-256-GCM
 * with the key {@code registry.outbox.link-key} (32 random bytes in Base64, the same on every node;
 * environment {@code REGISTRY_OUTBOX_LINK_KEY}), the email's Message-ID bound in as associated
 * data, so that a sealed secret copied into another row (one addressed to someone else) does not
 * open. The secret is put into the body only when the email is handed to the mail server.
 */
@ApplicationScoped
public class LinkSecretSeal {

    static final String SETTING = "registry.outbox.link-key";
    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    @Inject
    public LinkSecretSeal(@ConfigProperty(name = SETTING) String configuredKey) {
        this.key = new SecretKeySpec(decodeKey(configuredKey), "AES");
    }

    /** For CDI's proxy. */
    protected LinkSecretSeal() {
        this.key = null;
    }

    /** Makes the bean, and so checks its key, when the registry starts: a bad key fails the deployment. */
    void checkAtStart(@Observes Startup started) {
        // Observing is enough: CDI creates the bean, whose constructor checks the key.
    }

    /** {@code secret} sealed for the email whose Message-ID is {@code messageId}. */
    public String seal(String secret, String messageId) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, messageId);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /**
     * What {@code email} says as delivered: its link secret, if it has one, in its place.
     *
     * @throws GeneralSecurityException when the sealed secret does not open with this key (another
     *                                  key, or another email's secret): the email cannot be sent
     */
    public EmailContent contentToDeliver(OutboxEmail email) throws GeneralSecurityException {
        EmailContent content = email.content();
        if (email.sealedLinkSecret() == null) {
            return content;
        }
        return content.withLinkSecret(open(email.sealedLinkSecret(), email.messageId()));
    }

    private String open(String sealed, String messageId) throws GeneralSecurityException {
        byte[] bytes = Base64.getDecoder().decode(sealed);
        if (bytes.length <= NONCE_BYTES) {
            throw new GeneralSecurityException("the sealed link secret is cut short");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(bytes, NONCE_BYTES), messageId);
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES),
                    StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new GeneralSecurityException("the link secret does not open with " + SETTING
                    + ": the key was changed, or the secret belongs to another email", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String messageId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(CIPHER);
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(messageId.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static byte[] decodeKey(String text) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text.trim());
        } catch (IllegalArgumentException notBase64) {
            bytes = new byte[0];
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(SETTING + " must be 32 random bytes in Base64"
                    + " (e.g. the output of: head -c 32 /dev/urandom | base64), the same on every node");
        }
        return bytes;
    }
}
