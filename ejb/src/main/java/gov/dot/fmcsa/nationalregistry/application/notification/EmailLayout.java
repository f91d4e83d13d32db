package gov.dot.fmcsa.nationalregistry.application.notification;

import gov.dot.fmcsa.nationalregistry.domain.outbox.EmailContent;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The look shared by every email of the registry: the registry's name, a greeting, paragraphs, one
 * button, and the help desk. Each email comes as plain text and as HTML; the HTML uses inline
 * styles and a table-free layout that mail programs render alike.
 */
final class EmailLayout {

    static final String REGISTRY_NAME = "National Registry of Certified Medical Examiners";
    private static final String AGENCY = "Federal Motor Carrier Safety Administration";
    private static final String HELP_DESK_TEXT =
            "If you have questions or need help, contact the FMCSA Help Desk at fmctechsup@dot.gov or 617.494.3003.";

    private EmailLayout() {
    }

    /**
     * An email to {@code personName}, saying {@code paragraphs} (plain text) and offering one
     * button, {@code buttonLabel}, that goes to {@code buttonUrl}.
     */
    static EmailContent compose(String subject, String personName, List<String> paragraphs,
                                String buttonLabel, String buttonUrl) {
        return new EmailContent(subject, text(personName, paragraphs, buttonLabel, buttonUrl),
                html(subject, personName, paragraphs, buttonLabel, buttonUrl));
    }

    private static String text(String personName, List<String> paragraphs, String buttonLabel, String buttonUrl) {
        return "Dear " + personName + ",\n\n"
                + String.join("\n\n", paragraphs) + "\n\n"
                + buttonLabel + ":\n" + buttonUrl + "\n\n"
                + HELP_DESK_TEXT + "\n\n"
                + REGISTRY_NAME + "\n" + AGENCY + "\n";
    }

    private static String html(String subject, String personName, List<String> paragraphs, String buttonLabel,
                               String buttonUrl) {
        String body = paragraphs.stream().map(p -> "<p style=\"margin:0 0 16px\">" + escape(p) + "</p>")
                .collect(Collectors.joining("\n"));
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="UTF-8"><title>%s</title></head>
                <body style="margin:0;padding:0;background:#f0f0f0;font-family:Arial,Helvetica,sans-serif;\
                color:#1b1b1b">
                <div style="max-width:600px;margin:0 auto;background:#ffffff">
                <div style="background:#162e51;color:#ffffff;padding:16px 24px">
                <div style="font-size:13px">%s</div>
                <div style="font-size:18px;font-weight:bold">%s</div>
                </div>
                <div style="padding:24px;font-size:16px;line-height:1.5">
                <p style="margin:0 0 16px">Dear %s,</p>
                %s
                <p style="margin:24px 0"><a href="%s" style="background:#005ea2;color:#ffffff;padding:12px 20px;
                text-decoration:none;border-radius:4px;font-weight:bold;display:inline-block">%s</a></p>
                <p style="margin:0 0 16px;font-size:14px">If the button does not work, copy this address \
                into your browser:<br>%s</p>
                </div>
                <div style="border-top:1px solid #dfe1e2;padding:16px 24px;font-size:14px;color:#454545">
                <p style="margin:0">If you have questions or need help, contact the FMCSA Help Desk at
                <a href="mailto:fmctechsup@dot.gov">fmctechsup@dot.gov</a> or 617.494.3003.</p>
                </div>
                </div>
                </body>
                </html>
                """.formatted(escape(subject), AGENCY, REGISTRY_NAME, escape(personName), body,
                escape(buttonUrl), escape(buttonLabel), escape(buttonUrl));
    }

    /** Escapes text for HTML content and attribute values. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
