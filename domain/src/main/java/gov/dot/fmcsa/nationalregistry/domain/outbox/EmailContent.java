package gov.dot.fmcsa.nationalregistry.domain.outbox;

import java.util.Objects;

/** What an email says: its subject, and its body as plain text and as HTML. */
public record EmailContent(String subject, String textBody, String htmlBody) {

    public EmailContent {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(textBody, "textBody");
        Objects.requireNonNull(htmlBody, "htmlBody");
    }
}
