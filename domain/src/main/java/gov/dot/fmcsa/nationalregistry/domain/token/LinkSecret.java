package gov.dot.fmcsa.nationalregistry.domain.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret part of an emailed link: 256 random bits, URL-safe. Only its SHA-256 hash is stored
 * ({@link EmailLinkToken}); the secret itself exists in the email alone.
 */
public final class LinkSecret {

    private static final int BYTES = 32;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private LinkSecret() {
    }

    /** A new secret: 43 characters of unpadded base64url. */
    public static String generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The stored form of {@code secret}; empty when it cannot be one of ours (tampered, truncated). */
    public static Optional<String> hashOf(String secret) {
        if (secret == null || !SHAPE.matcher(secret).matches()) {
            return Optional.empty();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
            return Optional.of(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
