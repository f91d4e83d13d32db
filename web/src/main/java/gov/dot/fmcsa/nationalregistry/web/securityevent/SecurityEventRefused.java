package gov.dot.fmcsa.nationalregistry.web.securityevent;

/** A pushed security event token did not hold up; login.gov is told why (RFC 8935). */
final class SecurityEventRefused extends Exception {

    private static final long serialVersionUID = 1L;

    private final SecurityEventError error;

    SecurityEventRefused(SecurityEventError error, String description) {
        super(description);
        this.error = error;
    }

    SecurityEventError error() {
        return error;
    }
}
