package gov.dot.fmcsa.nationalregistry.benchmarks;

import gov.dot.fmcsa.nationalregistry.application.administration.accounts.AccountSearch;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.function.Function;

/**
 * {@link AccountSearch} as the EJB container runs it for the console, which calls it once for the
 * count and once for the page: each call in a transaction of its own, with a persistence context
 * of its own (transaction-scoped), set into the field the container injects. Resource-local here,
 * JTA in WildFly. By reflection, because the field is private and the bean has no other way in:
 * production code is left as it runs.
 */
final class ContainerManagedSearch {

    private final EntityManagerFactory factory;
    private final AccountSearch search = new AccountSearch();
    private final Field persistenceContext = persistenceContextField();

    ContainerManagedSearch(EntityManagerFactory factory) {
        this.factory = factory;
        persistenceContext.setAccessible(true);
    }

    /** The persistence unit that {@link AccountSearch} asks the container for. */
    static String unitName() {
        return persistenceContextField().getAnnotation(PersistenceContext.class).unitName();
    }

    /** {@code work} done with the search in a transaction, as one call of the bean. */
    <T> T call(Function<AccountSearch, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            persistenceContext.set(search, em);
            T result = work.apply(search);
            em.getTransaction().commit();
            return result;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot give AccountSearch its EntityManager", e);
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static Field persistenceContextField() {
        return Arrays.stream(AccountSearch.class.getDeclaredFields())
                .filter(field -> field.isAnnotationPresent(PersistenceContext.class))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("AccountSearch has no @PersistenceContext field"));
    }
}
