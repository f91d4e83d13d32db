package gov.dot.fmcsa.nationalregistry.domain.outbox;

import java.util.Objects;

/**
 * What an email says: its subject, and its body as plain text and as HTML. The body of an email
 * that carries a link secret holds {@link #LINK_SECRET} where the secret goes: the secret itself
 * is put in only at delivery ({@link #withLinkSecret}), so that no stored or displayed body can
 * open the link.
 */
public record EmailContent(String subject, String textBody, String htmlBody) {

    /** Where the link secret goes; no character of it is changed by HTML or URL encoding. */
    public static final String LINK_SECRET = "{link-secret}";

    /** What an administrator sees instead of the secret. */
    public static final String MASKED_SECRET = "[secret removed]";

    public EmailContent {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(textBody, "textBody");
        Objects.requireNonNull(htmlBody, "htmlBody");
    }

    /** Whether the body has a place for a link secret. */
    public boolean carriesLinkSecret() {
        return textBody.contains(LINK_SECRET);
    }

    /** The email as delivered: {@code secret} in its place. */
    public EmailContent withLinkSecret(String secret) {
        return new EmailContent(subject, textBody.replace(LINK_SECRET, secret), htmlBody.replace(LINK_SECRET, secret));
    }

    /** The email as an administrator may read it: the secret's place says it was removed. */
    public EmailContent masked() {
        return withLinkSecret(MASKED_SECRET);
    }
}
