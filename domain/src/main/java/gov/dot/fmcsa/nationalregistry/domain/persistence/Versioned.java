package gov.dot.fmcsa.nationalregistry.domain.persistence;

/**
 * An entity that people change from a page they read earlier: its JPA version tells whether it
 * changed since, so that a change made on an older reading is refused instead of overwriting.
 */
public interface Versioned {

    /** The version JPA keeps; it rises with every committed change. */
    long version();
}
