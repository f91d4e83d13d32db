package gov.dot.fmcsa.nationalregistry.web.signin;

import java.security.SecureRandom;
import java.util.Base64;
import org.pac4j.core.context.CallContext;
import org.pac4j.core.util.generator.ValueGenerator;

/**
 * The {@code state} values the registry sends to login.gov: 32 characters (login.gov asks for at
 * least 22; pac4j's default has 10) of 192 random bits.
 */
final class RandomState implements ValueGenerator {

    static final RandomState INSTANCE = new RandomState();

    private static final int BYTES = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomState() {
    }

    /** A new state value. */
    String next() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String generateValue(CallContext context) {
        return next();
    }
}
