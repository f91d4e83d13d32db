package gov.dot.fmcsa.nationalregistry.web.securityevent;

import gov.dot.fmcsa.nationalregistry.application.operations.RegistryMetrics;
import gov.dot.fmcsa.nationalregistry.application.securityevent.PushedSecurityEvent;
import gov.dot.fmcsa.nationalregistry.application.securityevent.SecurityEventInbox;
import gov.dot.fmcsa.nationalregistry.application.securityevent.SecurityEventReceipt;
import gov.dot.fmcsa.nationalregistry.web.http.RefusalLog;
import gov.dot.fmcsa.nationalregistry.web.signin.LoginGovSettings;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where login.gov pushes security events (RFC 8935): {@code POST} of a Security Event Token as
 * {@code application/secevent+jwt}. A token that holds up ({@link SecurityEventToken}) is stored and
 * answered 202 at once, also when it was received before; the queue acts on it within seconds.
 * Anything else is answered 400 with the RFC 8935 error code and a description, logged at most once
 * a minute per client, and counted ({@code registry_security_events_total}). login.gov does not
 * send a refused event again: docs/operations.md "Security events" says how to reconcile.
 */
@WebServlet(SecurityEventPushServlet.PATH)
public class SecurityEventPushServlet extends HttpServlet {

    /** The address login.gov is given for its pushes (the registry's public URL and this path). */
    public static final String PATH = "/login-gov/security-events";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SecurityEventPushServlet.class.getName());
    private static final String MEDIA_TYPE = "application/secevent+jwt";
    /** login.gov's tokens are about a kilobyte; this bounds what a stranger can make the registry read. */
    private static final int MAX_BODY_BYTES = 64 * 1024;
    private static final Duration SKEW = Duration.ofMinutes(2);
    /** login.gov's own lifetime of a token ({@code exp} 12 hours after {@code iat}), for one without it. */
    private static final Duration MAX_AGE = Duration.ofHours(12);
    private static final int MAX_LOGGED = 200;

    @Inject
    private SecurityEventKeys keys;

    @Inject
    private SecurityEventInbox inbox;

    @Inject
    private LoginGovSettings settings;

    @Inject
    private RegistryMetrics metrics;

    private final RefusalLog refusals = new RefusalLog(SecurityEventPushServlet.class);
    private final AtomicReference<Instant> lastFailureLogged = new AtomicReference<>();

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            PushedSecurityEvent event = SecurityEventToken.check(tokenOf(request), keys::keys, expectations(),
                    Instant.now());
            SecurityEventReceipt receipt = inbox.receive(event);
            metrics.countSecurityEvent(receipt.name().toLowerCase(Locale.ROOT));
            response.setStatus(HttpServletResponse.SC_ACCEPTED);
        } catch (SecurityEventRefused refused) {
            metrics.countSecurityEvent(refused.error().code());
            refusals.refused(request.getRemoteAddr(), "security event refused, " + refused.error().code() + ": "
                    + loggable(refused.getMessage()));
            answerError(response, refused);
        } catch (SecurityEventKeysUnavailable unavailable) {
            unavailable("keys_unavailable", unavailable, response);
        } catch (EJBException notStored) {
            unavailable("not_stored", notStored, response);
        }
    }

    /**
     * The registry's own failure, not the token's: 503, counted, and logged at SEVERE at most once a
     * minute (whoever posts anything could otherwise fill the log with it while it lasts).
     */
    private void unavailable(String outcome, RuntimeException failure, HttpServletResponse response)
            throws IOException {
        metrics.countSecurityEvent(outcome);
        Instant now = Instant.now();
        Instant last = lastFailureLogged.get();
        if ((last == null || last.plus(Duration.ofMinutes(1)).isBefore(now))
                && lastFailureLogged.compareAndSet(last, now)) {
            LOG.log(Level.SEVERE, "security events are answered 503 (" + outcome + ", logged once a minute at most)",
                    failure);
        }
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }

    /** A refusal's description as the log may hold it: it can quote what a stranger sent. */
    private static String loggable(String description) {
        String printable = description.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return printable.length() <= MAX_LOGGED ? printable : printable.substring(0, MAX_LOGGED) + "...";
    }

    private static String tokenOf(HttpServletRequest request) throws IOException, SecurityEventRefused {
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith(MEDIA_TYPE)) {
            throw new SecurityEventRefused(SecurityEventError.INVALID_REQUEST, "the content type is " + contentType
                    + ", not " + MEDIA_TYPE);
        }
        try (InputStream body = request.getInputStream()) {
            byte[] token = body.readNBytes(MAX_BODY_BYTES + 1);
            if (token.length > MAX_BODY_BYTES) {
                throw new SecurityEventRefused(SecurityEventError.INVALID_REQUEST, "the body is longer than "
                        + MAX_BODY_BYTES + " bytes");
            }
            return new String(token, StandardCharsets.US_ASCII);
        }
    }

    private SecurityEventToken.Expectations expectations() {
        // login.gov names the push address; its client id only for partners it allows to ask for that.
        return new SecurityEventToken.Expectations(settings.issuer(),
                Set.copyOf(List.of(settings.publicAddressOf(PATH), settings.clientId())), SKEW, MAX_AGE);
    }

    private static void answerError(HttpServletResponse response, SecurityEventRefused refused) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(Json.createObjectBuilder().add("err", refused.error().code())
                .add("description", refused.getMessage()).build().toString());
    }
}
