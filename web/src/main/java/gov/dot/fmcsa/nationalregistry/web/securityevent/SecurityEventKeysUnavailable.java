package gov.dot.fmcsa.nationalregistry.web.securityevent;

/**
 * login.gov's keys could not be read: the registry's failure, not the token's. Answered 503, so
 * that the event is not reported to login.gov as bad (docs/operations.md "Security events").
 */
final class SecurityEventKeysUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SecurityEventKeysUnavailable(Throwable cause) {
        super("login.gov's keys cannot be read: " + cause.getMessage(), cause);
    }
}
