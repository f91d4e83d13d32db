package gov.dot.fmcsa.nationalregistry.application.securityevent;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where the security events login.gov pushes arrive: each is stored once, by its {@code jti}, and
 * acted on later by {@link SecurityEventQueue}, so that the push is answered at once.
 */
// Anyone: login.gov signs in nobody; the web tier checked the event's token before calling.
@PermitAll
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SecurityEventInbox {

    private static final Logger LOG = Logger.getLogger(SecurityEventInbox.class.getName());

    @Inject
    private SecurityEventProcessing processing;

    /**
     * Stores {@code event} unless an event with its {@code jti} was stored before. Two nodes given
     * the same event at once both try; the unique {@code jti} lets one store it, and the other
     * finds it stored.
     */
    public SecurityEventReceipt receive(PushedSecurityEvent event) {
        if (processing.received(event.jti())) {
            return SecurityEventReceipt.ALREADY_RECEIVED;
        }
        try {
            processing.store(event);
            return SecurityEventReceipt.STORED;
        } catch (EJBException lostRace) {
            if (processing.received(event.jti())) {
                LOG.log(Level.FINE, "security event " + event.jti() + " stored meanwhile by another request", lostRace);
                return SecurityEventReceipt.ALREADY_RECEIVED;
            }
            throw lostRace;
        }
    }
}
