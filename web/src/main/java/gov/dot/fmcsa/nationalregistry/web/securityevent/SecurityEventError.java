package gov.dot.fmcsa.nationalregistry.web.securityevent;

import java.util.Locale;

/** Why a pushed security event token was refused: the error codes of RFC 8935, section 2.4. */
enum SecurityEventError {
    /** Not a SET, or one whose header, claims or event do not hold up. */
    INVALID_REQUEST,
    /** No key of login.gov's has the token's {@code kid}, or the key is not an RSA key. */
    INVALID_KEY,
    /** The signature does not verify with login.gov's key. */
    AUTHENTICATION_FAILED,
    INVALID_ISSUER,
    INVALID_AUDIENCE;

    /** The code as RFC 8935 spells it, e.g. {@code invalid_request}. */
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
