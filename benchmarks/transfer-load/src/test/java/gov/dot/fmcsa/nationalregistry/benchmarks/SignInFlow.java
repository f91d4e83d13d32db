package gov.dot.fmcsa.nationalregistry.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import gov.dot.fmcsa.nationalregistry.benchmarks.LegacyRegistryFile.Examiner;
import io.gatling.javaapi.core.ChainBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One complete sign-in with login.gov's authorization code flow, as a browser does it against the
 * registry and the local stand-in for login.gov (mock-oauth2-server with its interactive login
 * page): every redirect is followed by hand, so that each hop has its name and check.
 * <ol>
 * <li>GET /login-gov/sign-in: 302 to the provider's authorization endpoint (state, nonce, PKCE);</li>
 * <li>GET that address: the provider's login form (200);</li>
 * <li>POST the form with the person's {@code sub} (username) and userinfo claims (email,
 * email_verified, all_emails, ial, aal): 302 to /login-gov/callback?code=...&amp;state=...;</li>
 * <li>GET the callback: the registry checks the state, exchanges the code (client assertion, PKCE
 * verifier), checks the ID token, reads userinfo, signs the account in (linking it on the first
 * sign-in): 302 to /account/review.xhtml;</li>
 * <li>GET /account/review.xhtml: 200, showing the examiner's National Registry number.</li>
 * </ol>
 * A <em>sign-in</em> is the group of the five; its time is the whole round trip, from the first
 * request sent to the last answer read (the script runs Gatling with
 * {@code gatling.charting.useGroupDurationMetric=true}). A virtual user is a new browser: no
 * cookies, no connections.
 */
final class SignInFlow {

    static final String SIGN_IN = "sign-in";

    /** login.gov's values in userinfo for an unverified identity signed in with a second factor. */
    private static final String IAL = "http://idmanagement.gov/ns/assurance/ial/1";
    private static final String AAL = "urn:gov:gsa:ac:classes:sp:PasswordProtectedTransport:duo";

    private SignInFlow() {
    }

    /** The sign-ins of a warm-up within a measured run: a group of their own, out of the figures. */
    static final String WARM_UP = "warm-up";

    static ChainBuilder signIn() {
        return signIn(SIGN_IN);
    }

    /** One sign-in of an examiner, as a group named {@code group}. */
    static ChainBuilder signIn(String group) {
        return signIn(group, "/account/review.xhtml", "<dd id=\"number\">#{number}</dd>");
    }

    /**
     * One sign-in, as a group named {@code group}, of a person whom the registry sends to
     * {@code home}, a page that shows {@code landmark}.
     */
    static ChainBuilder signIn(String group, String home, String landmark) {
        // A new browser (for a virtual user that signs in again: no session cookie). A failed step
        // ends the sign-in: one failed sign-in is one failed request.
        return exec(flushCookieJar()).group(group).on(exec(
                http("1 GET /login-gov/sign-in").get("/login-gov/sign-in")
                        .check(status().is(302))
                        .check(header("Location").transform(location -> location.contains("/authorize?")).is(true))
                        .check(header("Location").saveAs("authorize")))
                .exitHereIfFailed().exec(
                http("2 GET provider /authorize (login form)").get("#{authorize}")
                        .check(status().is(200))
                        .check(substring("name=\"username\"")))
                .exitHereIfFailed().exec(
                http("3 POST provider /authorize (login form)").post("#{authorize}")
                        .formParam("username", "#{sub}")
                        .formParam("claims", "#{claims}")
                        .check(status().is(302))
                        .check(header("Location")
                                .transform(location -> location.contains("/login-gov/callback?code=")).is(true))
                        .check(header("Location").saveAs("callback")))
                .exitHereIfFailed().exec(
                http("4 GET /login-gov/callback").get("#{callback}")
                        .check(status().is(302))
                        // A refusal or a failed check goes to /sign-in-problem.xhtml instead.
                        .check(header("Location").transform(location -> location.endsWith(home)).is(true))
                        .check(header("Location").saveAs("home")))
                .exitHereIfFailed().exec(
                http("5 GET " + home).get("#{home}")
                        .check(status().is(200))
                        .check(substring(landmark))));
    }

    /**
     * The first {@code count} examiners of the registry file none of whose emails another account
     * uses (so that a transfer request migrates them and their first sign-in links exactly them),
     * each with the {@code sub} login.gov would give them (a UUID, fixed by the number) and the
     * claims of its userinfo answer.
     */
    static List<Map<String, Object>> accounts(Path registry, int count) {
        List<Map<String, Object>> accounts = LegacyRegistryFile.examiners(registry).stream()
                .filter(Examiner::emailsOnFileUnique)
                .limit(count)
                .map(examiner -> Map.<String, Object>of(
                        "number", examiner.number(), "license", examiner.license(),
                        "licenseState", examiner.licenseState(),
                        "sub", UUID.nameUUIDFromBytes(("sign-in benchmark " + examiner.number())
                                .getBytes(StandardCharsets.UTF_8)).toString(),
                        "claims", claims(examiner.email())))
                .toList();
        if (accounts.size() < count) {
            throw new IllegalStateException("the registry file has only " + accounts.size()
                    + " examiners whose emails no other account uses; " + count + " are needed");
        }
        return accounts;
    }

    /** What login.gov's userinfo says about the person: the ID token carries no email. */
    static String claims(String email) {
        String quoted = "\"" + email.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        return "{\"email\":" + quoted + ",\"email_verified\":true,\"all_emails\":[" + quoted + "],"
                + "\"ial\":\"" + IAL + "\",\"aal\":\"" + AAL + "\"}";
    }
}
