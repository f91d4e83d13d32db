package gov.dot.fmcsa.nationalregistry.web.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the registry's {@code private_key_jwt} key from its PEM file. */
class RegistryKeyTest {

    @TempDir
    Path directory;

    @Test
    void readsAPkcs8KeyAndNamesItByItsRfc7638Thumbprint() throws Exception {
        Path file = TestKeys.writePkcs8(directory.resolve("registry.pem"), TestKeys.REGISTRY);

        RegistryKey key = RegistryKey.read(file, Optional.empty());

        assertThat(key.privateKey()).isEqualTo(TestKeys.REGISTRY.toRSAPrivateKey());
        assertThat(key.keyId()).isEqualTo(rfc7638Thumbprint(TestKeys.REGISTRY.toRSAPublicKey()));
    }

    @Test
    void aConfiguredKeyIdWins() {
        Path file = TestKeys.writePkcs8(directory.resolve("registry.pem"), TestKeys.REGISTRY);

        RegistryKey key = RegistryKey.read(file, Optional.of("registry-2025"));

        assertThat(key.keyId()).isEqualTo("registry-2025");
    }

    @Test
    void refusesAPkcs1KeySayingWhatItExpects() {
        Path file = TestKeys.writePkcs1(directory.resolve("registry.pem"), TestKeys.REGISTRY);

        assertThatThrownBy(() -> RegistryKey.read(file, Optional.empty()))
                .isInstanceOf(LoginGovException.class)
                .hasMessage("cannot read the registry's login.gov key from " + file
                        + " (an RSA private key in PKCS #8 PEM is expected): no PKCS #8 'BEGIN PRIVATE KEY' block");
    }

    @Test
    void refusesGarbage() throws Exception {
        Path file = Files.writeString(directory.resolve("registry.pem"),
                "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5IGF0IGFsbA==\n-----END PRIVATE KEY-----\n");

        assertThatThrownBy(() -> RegistryKey.read(file, Optional.empty()))
                .isInstanceOf(LoginGovException.class)
                .hasMessageStartingWith("cannot read the registry's login.gov key from " + file
                        + " (an RSA private key in PKCS #8 PEM is expected): ");
    }

    @Test
    void refusesAnotherKindOfKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        Path file = TestKeys.writePem(directory.resolve("registry.pem"), "PRIVATE KEY",
                generator.generateKeyPair().getPrivate().getEncoded());

        assertThatThrownBy(() -> RegistryKey.read(file, Optional.empty()))
                .isInstanceOf(LoginGovException.class)
                .hasMessageStartingWith("cannot read the registry's login.gov key from " + file
                        + " (an RSA private key in PKCS #8 PEM is expected): ");
    }

    @Test
    void refusesAMissingFile() {
        Path file = directory.resolve("missing.pem");

        assertThatThrownBy(() -> RegistryKey.read(file, Optional.empty()))
                .isInstanceOf(LoginGovException.class)
                .hasMessageContaining("cannot read the registry's login.gov key from " + file);
    }

    /** RFC 7638 section 3, computed here rather than by the library the registry uses for it. */
    private static String rfc7638Thumbprint(RSAPublicKey key) throws GeneralSecurityException {
        String members = "{\"e\":\"" + base64Url(key.getPublicExponent()) + "\",\"kty\":\"RSA\",\"n\":\""
                + base64Url(key.getModulus()) + "\"}";
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(members.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    /** The unsigned big-endian bytes of {@code value}, without the sign byte BigInteger may add. */
    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
