package gov.dot.fmcsa.nationalregistry.web.faces;

import gov.dot.fmcsa.nationalregistry.web.http.RefusalLog;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.ServletRequest;
import java.io.IOException;
import java.util.Iterator;

/**
 * Sends a form whose view state cannot be restored to the "page expired" page, by a redirect. Such
 * a form was sealed with a key since changed, or altered on its way (decision 19): Mojarra throws
 * ViewExpiredException when the seal does not match, and whatever it meets first (an
 * ArrayIndexOutOfBoundsException, say) when the value is too short to hold one. Left to the
 * servlet container, either reaches it wrapped in a ServletException, which web.xml's catch-all
 * maps to the error page, with a 500. A view of another session is refused the same way
 * ({@link SessionBoundViews}). Each refusal is logged, at most once a minute per client: anyone can
 * send forged forms by the thousand (Mojarra's own "MAC did not verify" on stderr is filtered out of
 * the log, configure-server.cli).
 */
public class ExpiredViews extends ExceptionHandlerFactory {

    private static final RefusalLog REFUSALS = new RefusalLog(ExpiredViews.class);

    /** Wraps Mojarra's factory, as faces-config.xml declares it. */
    public ExpiredViews(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    /** Mojarra's handler, after the views that could not be restored are taken out of its queue. */
    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Throwable expired = null;
            Iterator<ExceptionQueuedEvent> queued = getUnhandledExceptionQueuedEvents().iterator();
            while (queued.hasNext()) {
                ExceptionQueuedEventContext event = queued.next().getContext();
                if (couldNotRestore(event)) {
                    queued.remove();
                    expired = event.getException();
                }
            }
            if (expired != null) {
                FacesContext faces = FacesContext.getCurrentInstance();
                REFUSALS.refused(((ServletRequest) faces.getExternalContext().getRequest()).getRemoteAddr(),
                        "a form whose view could not be restored (" + expired + ")");
                redirectToExpiredPage(faces);
            }
            getWrapped().handle();
        }

        private static boolean couldNotRestore(ExceptionQueuedEventContext event) {
            return event.getException() instanceof ViewExpiredException || event.getPhaseId() == PhaseId.RESTORE_VIEW;
        }

        private static void redirectToExpiredPage(FacesContext faces) {
            ExternalContext external = faces.getExternalContext();
            try {
                // An ajax request gets the redirect as a partial response, which the page follows.
                external.redirect(external.getRequestContextPath() + "/session-expired.xhtml");
            } catch (IOException e) {
                throw new FacesException("could not send the expired form to the page-expired page", e);
            }
            faces.responseComplete();
        }
    }
}
