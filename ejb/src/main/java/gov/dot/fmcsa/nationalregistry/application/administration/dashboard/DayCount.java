package gov.dot.fmcsa.nationalregistry.application.administration.dashboard;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One day of the migration: transfer requests received, accounts migrated by a transfer request,
 * and login.gov identities linked.
 */
public record DayCount(LocalDate day, long transferRequests, long migrations, long links) implements Serializable {
}
