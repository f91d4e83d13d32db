package gov.dot.fmcsa.nationalregistry.application.transfer;

import gov.dot.fmcsa.nationalregistry.domain.transfer.TransferOutcome;
import gov.dot.fmcsa.nationalregistry.domain.transfer.TransferRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many transfer requests one National Registry number, and one client address, may make in a
 * window of time: {@code registry.transfer.limit.per-number} (default 5) and
 * {@code registry.transfer.limit.per-source} (default 20) per {@code registry.transfer.limit.window}
 * (default one hour). Requests past a limit get the same neutral answer and no email. A number's
 * limit counts only the requests that matched its account.
 */
// Anyone: the public transfer form is rate-limited before it is stored.
@PermitAll
@Stateless
public class TransferRateLimits {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "registry.transfer.limit.per-number", defaultValue = "5")
    private int perNumber;

    @Inject
    @ConfigProperty(name = "registry.transfer.limit.per-source", defaultValue = "20")
    private int perSource;

    @Inject
    @ConfigProperty(name = "registry.transfer.limit.window", defaultValue = "PT1H")
    private Duration window;

    /**
     * True when enough requests came before {@code request}, within the window, to refuse it: from
     * its client address, any; for its number, those that matched the account (not
     * {@link TransferOutcome#UNMATCHED}), so that requests with a wrong license do not use up the
     * owner's quota.
     */
    public boolean exceeded(TransferRequest request) {
        Instant since = request.receivedAt().minus(window);
        return atLeast(perNumber, em.createNamedQuery(TransferRequest.EARLIER_FOR_NUMBER, Long.class)
                        .setParameter("number", request.number()).setParameter("unmatched", TransferOutcome.UNMATCHED),
                since, request)
                || atLeast(perSource, em.createNamedQuery(TransferRequest.EARLIER_FROM_SOURCE, Long.class)
                        .setParameter("source", request.source()), since, request);
    }

    /**
     * Whether at least {@code limit} earlier requests match. It reads at most {@code limit} of them
     * rather than counting them all, so that checking a request from an address that sends
     * thousands (a flood, or every client behind one proxy) costs no more than checking any other.
     */
    private static boolean atLeast(int limit, TypedQuery<Long> earlier, Instant since, TransferRequest request) {
        if (limit <= 0) {
            return true;
        }
        return earlier.setParameter("since", since)
                .setParameter("id", request.id())
                .setMaxResults(limit)
                .getResultList().size() >= limit;
    }
}
