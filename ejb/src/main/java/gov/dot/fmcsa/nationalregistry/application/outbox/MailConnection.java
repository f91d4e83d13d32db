package gov.dot.fmcsa.nationalregistry.application.outbox;

import gov.dot.fmcsa.nationalregistry.domain.outbox.EmailContent;
import gov.dot.fmcsa.nationalregistry.domain.outbox.OutboxEmail;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;

/**
 * One SMTP connection, opened at the first email and kept for a batch: far faster than one
 * connection per email. After a failure it is dropped and opened afresh for the next email.
 */
public final class MailConnection implements AutoCloseable {

    private final Session session;
    private final InternetAddress from;
    private Transport transport;

    MailConnection(Session session, InternetAddress from) {
        this.session = session;
        this.from = from;
    }

    /**
     * Hands {@code email}, saying {@code content}, to the mail server; returns only once the server
     * has accepted it.
     */
    void send(OutboxEmail email, EmailContent content) throws MessagingException {
        OutboxMessage message = OutboxMessage.of(email, content, session, from);
        message.saveChanges();
        try {
            if (transport == null || !transport.isConnected()) {
                transport = session.getTransport("smtp");
                transport.connect();
            }
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException | RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // The connection is being dropped anyway; nothing is lost.
            }
            transport = null;
        }
    }
}
