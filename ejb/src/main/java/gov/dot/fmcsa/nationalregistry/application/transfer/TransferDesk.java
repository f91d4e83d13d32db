package gov.dot.fmcsa.nationalregistry.application.transfer;

import gov.dot.fmcsa.nationalregistry.application.audit.ClientFingerprint;
import gov.dot.fmcsa.nationalregistry.application.settings.TransferSettings;
import gov.dot.fmcsa.nationalregistry.domain.transfer.TransferApplication;
import gov.dot.fmcsa.nationalregistry.domain.transfer.TransferRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Receives "Transfer or Create Account" requests. It only stores them: the same work, the same
 * time and the same answer whether the account exists, matches, shares its email or is unknown.
 * {@link TransferQueue} processes them right after, away from the person's request.
 */
// Anyone, signed in or not: the transfer form is public.
@PermitAll
@Stateless
public class TransferDesk {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Inject
    private TransferSettings settings;

    @Inject
    private ClientFingerprint fingerprint;

    /**
     * Accepts a transfer request from {@code clientAddress}.
     *
     * @throws TransferClosedException when transfer is not open for the application's account type
     *                                 (a property of the type, never of an account)
     */
    public void submit(TransferApplication application, String clientAddress) {
        if (!settings.isOpen(application.type())) {
            throw new TransferClosedException(application.type());
        }
        em.persist(new TransferRequest(application, fingerprint.of(clientAddress), Instant.now()));
    }
}
