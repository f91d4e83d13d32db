package gov.dot.fmcsa.nationalregistry.web.http;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The log of requests the registry refuses because anyone could have forged them: at WARNING, and
 * at most one line a minute per client address, so that whoever sends them by the thousand cannot
 * fill the log. The address only keys the limit; it is not written.
 */
public final class RefusalLog {

    private static final Duration QUIET = Duration.ofMinutes(1);
    /** Past this many clients the memory of who was logged starts again: it bounds the map, not the log. */
    private static final int CLIENTS_REMEMBERED = 10_000;

    private final Logger log;
    private final Map<String, Instant> lastLogged = new ConcurrentHashMap<>();

    public RefusalLog(Class<?> refuser) {
        this.log = Logger.getLogger(refuser.getName());
    }

    /** Logs that a request from {@code client} was refused for {@code reason}, unless it did so in the last minute. */
    public void refused(String client, String reason) {
        Instant now = Instant.now();
        if (lastLogged.size() >= CLIENTS_REMEMBERED) {
            lastLogged.clear();
        }
        Instant previous = lastLogged.put(client, now);
        if (previous == null || !previous.plus(QUIET).isAfter(now)) {
            log.log(Level.WARNING, "refused a request: {0} (more refusals of the same client within a minute are not"
                    + " logged)", reason);
        } else {
            lastLogged.put(client, previous);
        }
    }
}
