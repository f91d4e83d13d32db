package gov.dot.fmcsa.nationalregistry.web.signin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Optional;

/**
 * The registry's RSA key pair for {@code private_key_jwt}, read from a PEM file (PKCS #8, as
 * {@code openssl genpkey} writes it). The public half is derived from the private key, so only one
 * file is configured; login.gov holds its certificate.
 */
final class RegistryKey {

    private final RSAPrivateCrtKey privateKey;
    private final String keyId;

    private RegistryKey(RSAPrivateCrtKey privateKey, String keyId) {
        this.privateKey = privateKey;
        this.keyId = keyId;
    }

    /**
     * Reads the key in {@code pemFile}; its {@code kid} is {@code configuredKeyId} or else the
     * public key's RFC 7638 thumbprint.
     *
     * @throws LoginGovException when the file cannot be read or holds no RSA private key
     */
    static RegistryKey read(Path pemFile, Optional<String> configuredKeyId) {
        try {
            RSAPrivateCrtKey key = parse(Files.readString(pemFile));
            String keyId = configuredKeyId.orElse(thumbprint(key));
            return new RegistryKey(key, keyId);
        } catch (IOException | GeneralSecurityException | JOSEException | IllegalArgumentException e) {
            throw new LoginGovException("cannot read the registry's login.gov key from " + pemFile
                    + " (an RSA private key in PKCS #8 PEM is expected): " + e.getMessage(), e);
        }
    }

    RSAPrivateCrtKey privateKey() {
        return privateKey;
    }

    String keyId() {
        return keyId;
    }

    private static RSAPrivateCrtKey parse(String pem) throws GeneralSecurityException {
        String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        if (!pem.contains("-----BEGIN PRIVATE KEY-----")) {
            throw new IllegalArgumentException("no PKCS #8 'BEGIN PRIVATE KEY' block");
        }
        var key = KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        if (!(key instanceof RSAPrivateCrtKey crtKey)) {
            throw new IllegalArgumentException("not an RSA private key with its public exponent");
        }
        return crtKey;
    }

    private static String thumbprint(RSAPrivateCrtKey key) throws GeneralSecurityException, JOSEException {
        RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
        return new RSAKey.Builder(publicKey).build().computeThumbprint().toString();
    }
}
