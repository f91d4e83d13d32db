package gov.dot.fmcsa.nationalregistry.it.transfer;

import static gov.dot.fmcsa.nationalregistry.it.support.LegacyFile.examiner;
import static org.assertj.core.api.Assertions.assertThat;

import gov.dot.fmcsa.nationalregistry.it.support.Await;
import gov.dot.fmcsa.nationalregistry.it.support.ImportInbox;
import gov.dot.fmcsa.nationalregistry.it.support.LegacyFile;
import gov.dot.fmcsa.nationalregistry.it.support.Mails;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryDeployment;
import gov.dot.fmcsa.nationalregistry.it.support.TestMailServer;
import gov.dot.fmcsa.nationalregistry.it.support.TestNumbers;
import gov.dot.fmcsa.nationalregistry.it.support.TransferFormClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The answer to "Transfer or Create Account" never tells whether the account exists or what went
 * wrong (docs/product.md flow 3): not in its status, headers or body, nor in how long it takes. Four kinds of
 * request, each from a fresh session like a stranger's: an examiner with a unique email, a number
 * that does not exist, an examiner whose email is shared, and an examiner's number with a wrong
 * license number. Numbers 86xxxxxxxx.
 * <p>
 * All from 127.0.0.1: past the 20 stored requests an hour that one address may make, requests are
 * answered the same and send nothing (TransferIT). The emails are checked first, so within that
 * limit; the timing test then goes far past it, where the answer must not differ either. (The limit
 * counts afresh for each test class: arquillian.xml.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TransferAnswerIT {

    /** Headers that differ from one answer to the next whatever was asked: the clock and the session. */
    private static final Set<String> PER_ANSWER_HEADERS = Set.of("date", "set-cookie");
    private static final String VIEW_STATE_VALUE = "(name=\"jakarta.faces.ViewState\"[^>]*value=\")[^\"]+\"";
    private static final int WARM_UP_ROUNDS = 20;
    private static final int MIN_ROUNDS = 100;
    private static final double MEDIAN_PRECISION = 0.02;
    private static final Duration MAX_MEASURING = Duration.ofSeconds(90);
    private static final double MAX_SPREAD = 0.10;

    enum Kind { EXISTING, UNKNOWN_NUMBER, SHARED_EMAIL, WRONG_LICENSE }

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RegistryDeployment.realEar();
    }

    @Test
    @Order(1)
    void theFourKindsOfRequestGetTheSameAnswerAndTheSameForm() throws Exception {
        Accounts accounts = Accounts.create("answer");
        Map<Kind, HttpResponse<String>> forms = new EnumMap<>(Kind.class);
        Map<Kind, HttpResponse<String>> answers = new EnumMap<>(Kind.class);

        for (Kind kind : Kind.values()) {
            TransferFormClient client = new TransferFormClient();
            HttpResponse<String> form = client.get(TransferFormClient.PATH);
            forms.put(kind, form);
            answers.put(kind, client.post(viewState(form.body()), accounts.fields(kind)));
        }

        HttpResponse<String> first = answers.get(Kind.EXISTING);
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.headers().firstValue("location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/transfer-sent.xhtml"));
        System.out.println("transfer answer: " + first.statusCode() + " " + first.headers().map() + " body of "
                + first.body().length() + " characters");
        for (Kind kind : Kind.values()) {
            HttpResponse<String> answer = answers.get(kind);
            assertThat(answer.statusCode()).as(kind.name()).isEqualTo(first.statusCode());
            assertThat(comparableHeaders(answer.headers())).as(kind.name())
                    .isEqualTo(comparableHeaders(first.headers()));
            assertThat(answer.body()).as(kind.name()).isEqualTo(first.body());

            HttpResponse<String> form = forms.get(kind);
            assertThat(form.statusCode()).isEqualTo(200);
            // The form's Content-Length varies with the length of its random view state: compared without it,
            // and the body with its view state masked.
            assertThat(comparableHeaders(form.headers(), "content-length")).as(kind.name())
                    .isEqualTo(comparableHeaders(forms.get(Kind.EXISTING).headers(), "content-length"));
            assertThat(withoutViewState(form.body())).as(kind.name())
                    .isEqualTo(withoutViewState(forms.get(Kind.EXISTING).body()));
        }

        // ... although the registry did tell them apart: only the first and the third get an email.
        assertThat(Mails.subject(
                TestMailServer.awaitMessagesTo(accounts.existingEmail, 1, Duration.ofSeconds(30)).get(0)))
                .contains("was migrated");
        assertThat(Mails.subject(
                TestMailServer.awaitMessagesTo(accounts.sharedEmail, 1, Duration.ofSeconds(30)).get(0)))
                .contains("not migrated");
        Await.pause(Duration.ofSeconds(2));
        assertThat(TestMailServer.messagesTo(accounts.wrongLicenseEmail)).isEmpty();
    }

    /**
     * Median time of the POST alone, per kind, within 10% of the smallest. Robust on a busy 2-core
     * machine (other builds, the server's own background work): a warm-up first; then rounds in
     * which each kind sends once, in a shuffled order; each kind keeps its connection (with a new
     * session every time) so that only the server's work varies; and each POST is timed against the
     * other three of its round: its time divided by the round's median, so that how busy the machine
     * was at that moment, which falls on the four alike, drops out. The medians of these times (shown
     * in ms, times the overall median) are compared; the raw medians are printed beside them. Rounds
     * go on past the first {@value #MIN_ROUNDS} until every median is known to within
     * {@value #MEDIAN_PRECISION} (half its 95% confidence interval), for at most {@code MAX_MEASURING}:
     * a quiet machine stops early, a busy one measures longer.
     */
    @Test
    @Order(2)
    void theFourKindsOfRequestTakeTheSameTime() throws Exception {
        Accounts accounts = Accounts.create("timing");
        Map<Kind, TransferFormClient> clients = new EnumMap<>(Kind.class);
        Arrays.stream(Kind.values()).forEach(kind -> clients.put(kind, new TransferFormClient()));
        List<Map<Kind, Long>> rounds = new ArrayList<>();
        Random random = new Random(86);
        List<Kind> order = new ArrayList<>(List.of(Kind.values()));

        long since = System.nanoTime();
        for (int round = 0; ; round++) {
            Collections.shuffle(order, random);
            Map<Kind, Long> nanos = new EnumMap<>(Kind.class);
            for (Kind kind : order) {
                TransferFormClient client = clients.get(kind);
                client.forgetSession();
                String viewState = client.openForm();
                Map<String, String> fields = accounts.fields(kind);
                long start = System.nanoTime();
                HttpResponse<String> answer = client.post(viewState, fields);
                nanos.put(kind, System.nanoTime() - start);
                assertThat(answer.statusCode()).as(kind.name()).isEqualTo(302);
            }
            if (round == WARM_UP_ROUNDS - 1) {
                since = System.nanoTime();
            } else if (round >= WARM_UP_ROUNDS) {
                rounds.add(nanos);
                if (rounds.size() >= MIN_ROUNDS && rounds.size() % 50 == 0
                        && (relativeMedians(rounds).values().stream().allMatch(ci -> ci[2] <= MEDIAN_PRECISION)
                            || System.nanoTime() - since > MAX_MEASURING.toNanos())) {
                    break;
                }
            }
        }

        double overall = quantile(rounds.stream().flatMap(round -> round.values().stream()).toList(), 0.5) / 1e6;
        Map<Kind, double[]> relative = relativeMedians(rounds);
        Map<Kind, Double> medians = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            List<Long> raw = rounds.stream().map(round -> round.get(kind)).toList();
            medians.put(kind, overall * relative.get(kind)[0]);
            System.out.printf(Locale.ROOT,
                    "transfer POST %s: median %.2f ms ± %.1f%% (raw %.2f ms, quartiles %.2f-%.2f ms), %d samples%n",
                    kind, medians.get(kind), 100 * relative.get(kind)[2], quantile(raw, 0.5) / 1e6,
                    quantile(raw, 0.25) / 1e6, quantile(raw, 0.75) / 1e6, raw.size());
        }
        double smallest = Collections.min(medians.values());
        double largest = Collections.max(medians.values());
        System.out.printf(Locale.ROOT, "transfer POST medians: spread %.1f%% of the smallest, %d rounds in %.1f s%n",
                100 * (largest - smallest) / smallest, rounds.size(), (System.nanoTime() - since) / 1e9);
        assertThat(largest - smallest).as("spread of the medians " + medians + " (ms)")
                .isLessThan(MAX_SPREAD * smallest);
    }

    /**
     * Per kind, the median of its POST times each divided by the median of its round, with the half
     * width of that median's 95% confidence interval (from the ranks), absolute and relative:
     * {median, half width, relative half width}.
     */
    private static Map<Kind, double[]> relativeMedians(List<Map<Kind, Long>> rounds) {
        Map<Kind, double[]> medians = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            List<Double> sorted = rounds.stream()
                    .map(round -> round.get(kind) / quantile(List.copyOf(round.values()), 0.5)).sorted().toList();
            int n = sorted.size();
            double halfRanks = 1.96 * Math.sqrt(n) / 2;
            double low = sorted.get(Math.max(0, (int) Math.floor(n / 2.0 - halfRanks)));
            double high = sorted.get(Math.min(n - 1, (int) Math.ceil(n / 2.0 + halfRanks)));
            double median = quantile(sorted, 0.5);
            medians.put(kind, new double[] {median, (high - low) / 2, (high - low) / 2 / median});
        }
        return medians;
    }

    /** The {@code q} quantile (0.5: the median), interpolated between the two nearest samples. */
    private static double quantile(List<? extends Number> samples, double q) {
        List<Double> sorted = samples.stream().map(Number::doubleValue).sorted().toList();
        double position = q * (sorted.size() - 1);
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        return sorted.get(below) + (position - below) * (sorted.get(above) - sorted.get(below));
    }

    /** The headers, names in lower case, without those that differ for every answer and {@code alsoDropped}. */
    private static Map<String, List<String>> comparableHeaders(HttpHeaders headers, String... alsoDropped) {
        Map<String, List<String>> comparable = new TreeMap<>();
        headers.map().forEach((name, values) -> {
            String lowerCase = name.toLowerCase(Locale.ROOT);
            if (!PER_ANSWER_HEADERS.contains(lowerCase) && !List.of(alsoDropped).contains(lowerCase)) {
                comparable.put(lowerCase, values);
            }
        });
        return comparable;
    }

    private static String viewState(String form) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(VIEW_STATE_VALUE).matcher(form);
        assertThat(matcher.find()).as("a view state in the form").isTrue();
        String whole = matcher.group();
        return whole.substring(matcher.group(1).length(), whole.length() - 1);
    }

    /** The form without its per-session view state (the only token in it). */
    private static String withoutViewState(String form) {
        return form.replaceAll(VIEW_STATE_VALUE, "$1(view state)\"");
    }

    /** The accounts behind the four kinds, imported for one test. */
    private record Accounts(String existing, String existingEmail, String unknown, String shared, String sharedEmail,
                            String wrongLicense, String wrongLicenseEmail) {

        static Accounts create(String name) throws Exception {
            String existing = TestNumbers.next("86");
            String unknown = TestNumbers.next("86");
            String shared = TestNumbers.next("86");
            String sharing = TestNumbers.next("86");
            String wrongLicense = TestNumbers.next("86");
            Accounts accounts = new Accounts(existing, name + "." + existing + "@example.com", unknown,
                    shared, name + ".shared." + shared + "@example.com",
                    wrongLicense, name + "." + wrongLicense + "@example.com");
            ImportInbox.importEveryRow(name + "-" + existing, LegacyFile.withHeader()
                    .line(examiner(existing, accounts.existingEmail, "", license(existing)))
                    .line(examiner(shared, accounts.sharedEmail, "", license(shared)))
                    .line(examiner(sharing, "other." + sharing + "@example.com",
                            accounts.sharedEmail.toUpperCase(Locale.ROOT), license(sharing)))
                    .line(examiner(wrongLicense, accounts.wrongLicenseEmail, "", license(wrongLicense))));
            return accounts;
        }

        private static String license(String number) {
            return "MD|OH|L-" + number + "|2030-01-01";
        }

        /** The fields each kind sends: values of the same lengths, so that only their meaning differs. */
        Map<String, String> fields(Kind kind) {
            return switch (kind) {
                case EXISTING -> TransferFormClient.examinerFields(existing, "L-" + existing, "OH");
                case UNKNOWN_NUMBER -> TransferFormClient.examinerFields(unknown, "L-" + unknown, "OH");
                case SHARED_EMAIL -> TransferFormClient.examinerFields(shared, "L-" + shared, "OH");
                case WRONG_LICENSE -> TransferFormClient.examinerFields(wrongLicense, "W-" + wrongLicense, "OH");
            };
        }
    }
}
