package gov.dot.fmcsa.nationalregistry.web.faces;

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
import java.io.IOException;
import java.util.Iterator;

/**
 * Sends a form whose view state cannot be restored to the "page expired" page, by a redirect. Such
 * a form was sealed with a key since changed, or altered on its way (decision 19): Mojarra throws
 * ViewExpiredException when the seal does not match, and whatever it meets first (an
 * ArrayIndexOutOfBoundsException, say) when the value is too short to hold one. Left to the
 * servlet container, either reaches it wrapped in a ServletException, which web.xml's catch-all
 * maps to the error page, with a 500.
 */
public class ExpiredViews extends ExceptionHandlerFactory {

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
            boolean expired = false;
            Iterator<ExceptionQueuedEvent> queued = getUnhandledExceptionQueuedEvents().iterator();
            while (queued.hasNext()) {
                if (couldNotRestore(queued.next().getContext())) {
                    queued.remove();
                    expired = true;
                }
            }
            if (expired) {
                redirectToExpiredPage(FacesContext.getCurrentInstance());
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
