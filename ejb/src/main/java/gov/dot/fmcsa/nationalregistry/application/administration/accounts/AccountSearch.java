package gov.dot.fmcsa.nationalregistry.application.administration.accounts;

import gov.dot.fmcsa.nationalregistry.application.security.Roles;
import gov.dot.fmcsa.nationalregistry.domain.account.EmailAddress;
import gov.dot.fmcsa.nationalregistry.domain.account.RegistryAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The management console's search over all accounts, a page at a time (docs/product.md "Management
 * console"). Each criterion is an equality or a prefix on an indexed column (see v001 and v004),
 * ANDed, never ORed, so that neither the count nor a page reads the whole table for a selective search.
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class AccountSearch {

    /** Escapes the wildcards of a LIKE pattern; not a backslash, whose escaping differs between databases. */
    private static final char ESCAPE = '!';

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    /** How many accounts match {@code criteria}. */
    public long count(AccountCriteria criteria) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<RegistryAccount> account = query.from(RegistryAccount.class);
        query.select(cb.count(account)).where(matching(cb, account, criteria));
        return em.createQuery(query).getSingleResult();
    }

    /**
     * The accounts matching {@code criteria} from the {@code first}-th (0 based), at most
     * {@code size} of them, sorted by {@code order} and then by number.
     */
    public List<AccountSummary> page(AccountCriteria criteria, AccountSortOrder order, boolean ascending,
                                     int first, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<RegistryAccount> query = cb.createQuery(RegistryAccount.class);
        Root<RegistryAccount> account = query.from(RegistryAccount.class);
        Function<Expression<?>, Order> direction = ascending ? cb::asc : cb::desc;
        query.select(account).where(matching(cb, account, criteria))
                .orderBy(sortKeys(account, order).stream().map(direction).toList());
        return em.createQuery(query).setFirstResult(Math.max(first, 0)).setMaxResults(Math.max(size, 1))
                .getResultStream().map(AccountSummary::of).toList();
    }

    private Predicate[] matching(CriteriaBuilder cb, Root<RegistryAccount> account, AccountCriteria criteria) {
        List<Predicate> all = new ArrayList<>();
        if (criteria.number() != null) {
            all.add(cb.equal(account.get("number"), criteria.number()));
        }
        if (criteria.lastNamePrefix() != null) {
            all.add(startsWith(cb, account.<String>get("lastNameKey"), criteria.lastNamePrefix()));
        }
        if (criteria.firstNamePrefix() != null) {
            all.add(startsWith(cb, account.<String>get("firstNameKey"), criteria.firstNamePrefix()));
        }
        if (criteria.email() != null) {
            all.add(account.get("id").in(idsWithEmail(criteria.email())));
        }
        if (criteria.status() != null) {
            all.add(cb.equal(account.get("status"), criteria.status()));
        }
        if (criteria.type() != null) {
            all.add(cb.equal(account.get("type"), criteria.type()));
        }
        if (criteria.state() != null) {
            all.add(cb.equal(account.get("address").get("state"), criteria.state()));
        }
        return all.toArray(Predicate[]::new);
    }

    private static Predicate startsWith(CriteriaBuilder cb, Expression<String> nameKey, String prefix) {
        return cb.like(nameKey, likeLiteral(RegistryAccount.nameKey(prefix)) + "%", ESCAPE);
    }

    /**
     * The ids of the accounts with {@code email} as primary or secondary email: two look-ups, each
     * on its own index, rather than an OR, which Derby answers by reading the whole table. An
     * email is on file for a handful of accounts at most.
     */
    private List<Long> idsWithEmail(EmailAddress email) {
        List<Long> ids = new ArrayList<>();
        for (String column : List.of("primaryEmail", "secondaryEmail")) {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<Long> query = cb.createQuery(Long.class);
            Root<RegistryAccount> account = query.from(RegistryAccount.class);
            query.select(account.get("id")).where(cb.equal(account.get(column).get("canonical"), email.canonical()));
            ids.addAll(em.createQuery(query).getResultList());
        }
        // No id is ever -1: an empty IN list is not portable SQL.
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    /** {@code text} as a LIKE pattern that matches exactly itself. */
    static String likeLiteral(String text) {
        StringBuilder literal = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                literal.append(ESCAPE);
            }
            literal.append(c);
        }
        return literal.toString();
    }

    private static List<Path<?>> sortKeys(Root<RegistryAccount> account, AccountSortOrder order) {
        Path<?> number = account.get("number");
        return switch (order) {
            case NUMBER -> List.of(number);
            case NAME -> List.of(account.get("lastNameKey"), account.get("firstNameKey"), number);
            case STATUS -> List.of(account.get("status"), number);
            case TYPE -> List.of(account.get("type"), number);
            case STATE -> List.of(account.get("address").get("state"), number);
        };
    }
}
