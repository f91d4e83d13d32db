package gov.dot.fmcsa.nationalregistry.application.administration.dashboard;

import gov.dot.fmcsa.nationalregistry.domain.geography.State;
import java.io.Serializable;

/** How many accounts have their postal address in a State; {@code state} null: no address on file. */
public record StateCount(State state, long count) implements Serializable {
}
