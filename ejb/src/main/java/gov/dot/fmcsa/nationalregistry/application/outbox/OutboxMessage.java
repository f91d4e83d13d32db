package gov.dot.fmcsa.nationalregistry.application.outbox;

import gov.dot.fmcsa.nationalregistry.domain.outbox.EmailContent;
import gov.dot.fmcsa.nationalregistry.domain.outbox.OutboxEmail;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/**
 * An outbox email as a MIME message: plain text and HTML alternatives of its content as delivered
 * (with its link secret, {@link LinkSecretSeal}), and the Message-ID and Date
 * that were fixed when the email was queued, so that delivering it twice sends the same message.
 */
final class OutboxMessage extends MimeMessage {

    private final String messageId;

    private OutboxMessage(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
    }

    static OutboxMessage of(OutboxEmail email, EmailContent content, Session session, InternetAddress from)
            throws MessagingException {
        OutboxMessage message = new OutboxMessage(session, email.messageId());
        message.setFrom(from);
        message.setRecipient(RecipientType.TO, new InternetAddress(email.recipient().address()));
        message.setSubject(content.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(email.createdAt()));
        MimeBodyPart text = new MimeBodyPart();
        text.setText(content.textBody(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(content.htmlBody(), StandardCharsets.UTF_8.name(), "html");
        message.setContent(new MimeMultipart("alternative", text, html));
        return message;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
