package gov.dot.fmcsa.nationalregistry.web.faces;

import gov.dot.fmcsa.nationalregistry.web.signin.FormKey;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.PreRenderViewEvent;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;

/**
 * Binds each Faces view to the signed-in session that rendered it. A view's state travels in the
 * page, sealed with a key every session shares (decision 19), so without this a view captured in
 * one session (an attacker's own) could be posted in another's (a victim's browser, by a forged
 * form). Each view records its session's {@link FormKey} in the view root, whose attributes are
 * part of the sealed state; a postback whose view holds another key, or one when the session has
 * none, is refused like a view that cannot be restored: "page expired", nothing changed. Views
 * rendered without a signed-in session hold no key and post without one (the anonymous transfer
 * form needs no session, decision 8).
 */
public final class SessionBoundViews {

    static final String ATTRIBUTE = "registry.form-key";

    private SessionBoundViews() {
    }

    /** Writes the session's key into every view about to be rendered (faces-config.xml). */
    public static final class Stamp implements SystemEventListener {

        @Override
        public boolean isListenerForSource(Object source) {
            return source instanceof UIViewRoot;
        }

        @Override
        public void processEvent(SystemEvent event) throws AbortProcessingException {
            if (event instanceof PreRenderViewEvent) {
                Map<String, Object> attributes = ((UIViewRoot) event.getSource()).getAttributes();
                FormKey.of(request(FacesContext.getCurrentInstance())).ifPresentOrElse(
                        key -> attributes.put(ATTRIBUTE, key), () -> attributes.remove(ATTRIBUTE));
            }
        }
    }

    /** Refuses to restore a view that another session rendered (faces-config.xml). */
    public static final class Check extends ViewHandlerWrapper {

        public Check(ViewHandler wrapped) {
            super(wrapped);
        }

        @Override
        public UIViewRoot restoreView(FacesContext context, String viewId) {
            UIViewRoot view = super.restoreView(context, viewId);
            if (view != null && !FormKey.matches(request(context), (String) view.getAttributes().get(ATTRIBUTE))) {
                throw new ViewExpiredException("a form of " + viewId + " rendered for another session", viewId);
            }
            return view;
        }
    }

    private static HttpServletRequest request(FacesContext context) {
        return (HttpServletRequest) context.getExternalContext().getRequest();
    }
}
