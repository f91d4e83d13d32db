package gov.dot.fmcsa.nationalregistry.application.versioning;

import gov.dot.fmcsa.nationalregistry.domain.persistence.Versioned;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * The one check of every change made from a page: the entity is still at the version the person
 * read. Joins the caller's transaction.
 */
// Open to any caller: used by other services only, who check who asks.
@PermitAll
@Stateless
public class SeenVersions {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    /**
     * Refuses a change based on an older version of {@code entity}, and raises its version at
     * commit even when the change leaves the entity itself alone (an email sent about it): a second
     * submission of the same page, or a concurrent one, is then refused too. A change committed by
     * someone else between this check and the caller's commit makes that commit fail instead.
     *
     * @param entity      a managed entity
     * @param seenVersion the version the person's page showed
     * @param what        what it is, for the exception's message
     * @throws ChangedMeanwhileException when the versions differ (nothing changes)
     */
    public void require(Versioned entity, long seenVersion, String what) {
        if (entity.version() != seenVersion) {
            throw new ChangedMeanwhileException(what);
        }
        em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
}
