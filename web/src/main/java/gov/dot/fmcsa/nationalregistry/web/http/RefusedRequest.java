package gov.dot.fmcsa.nationalregistry.web.http;

/** The page a request goes to when the registry refused it as possibly forged: nothing changed. */
public final class RefusedRequest {

    public static final String PAGE = "/request-refused.xhtml";

    private RefusedRequest() {
    }
}
