package gov.dot.fmcsa.nationalregistry.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/** The network address the current request came from, for rate limits and the audit log. */
public final class ClientAddress {

    private ClientAddress() {
    }

    /** The current request's remote address (the load balancer's own, unless it forwards the client's). */
    public static String current() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getRemoteAddr();
    }
}
