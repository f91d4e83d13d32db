package gov.dot.fmcsa.nationalregistry.web.signin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.Arrays;
import java.util.Base64;

/**
 * RSA keys made for this test run (generated once, as generating them is slow), and the PEM files the
 * registry reads its key from. No key is ever committed.
 */
final class TestKeys {

    /** login.gov's signing key. */
    static final RSAKey LOGIN_GOV = generate("login-gov-2025");
    /** The key login.gov signs with after rotating its keys. */
    static final RSAKey LOGIN_GOV_NEXT = generate("login-gov-2026");
    /** A key login.gov never published. */
    static final RSAKey STRANGER = generate("stranger");
    /** The registry's key for {@code private_key_jwt}. */
    static final RSAKey REGISTRY = generate(null);

    /**
     * The length of the PKCS #8 wrapping around a 2048-bit RSA key's PKCS #1 structure: the outer
     * SEQUENCE header (4 bytes), the version INTEGER (3), the rsaEncryption AlgorithmIdentifier (15) and
     * the OCTET STRING header (4).
     */
    private static final int PKCS8_HEADER_OF_2048_BIT_KEY = 26;

    private TestKeys() {
    }

    /** {@code key} as {@code openssl genpkey} writes it: PKCS #8, "BEGIN PRIVATE KEY". */
    static Path writePkcs8(Path file, RSAKey key) {
        return writePem(file, "PRIVATE KEY", privateKey(key).getEncoded());
    }

    /** {@code key} as {@code openssl genrsa} of OpenSSL 1.x writes it: PKCS #1, "BEGIN RSA PRIVATE KEY". */
    static Path writePkcs1(Path file, RSAKey key) {
        byte[] pkcs8 = privateKey(key).getEncoded();
        return writePem(file, "RSA PRIVATE KEY", Arrays.copyOfRange(pkcs8, PKCS8_HEADER_OF_2048_BIT_KEY, pkcs8.length));
    }

    static Path writePem(Path file, String label, byte[] der) {
        String pem = "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + label + "-----\n";
        try {
            return Files.writeString(file, pem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PrivateKey privateKey(RSAKey key) {
        try {
            return key.toPrivateKey();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
