package gov.dot.fmcsa.nationalregistry.it.support;

/**
 * What a test runs as one of the {@link Callers} when it wants no answer back: a service call that
 * returns nothing, throwing what the service throws.
 */
@FunctionalInterface
public interface CallerWork {

    public void run() throws Exception;
}
