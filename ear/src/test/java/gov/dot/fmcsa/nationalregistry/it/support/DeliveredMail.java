package gov.dot.fmcsa.nationalregistry.it.support;

import gov.dot.fmcsa.nationalregistry.domain.outbox.OutboxEmail;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mail the test mail server received, read over IMAP, so that in-container tests see what the
 * recipient got: the outbox keeps no link secret (decision 20), so a link is only ever in the
 * delivered message. The test mail server's IMAP port is {@code test.imap.port} (arquillian.xml).
 */
public final class DeliveredMail {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{43})");

    private DeliveredMail() {
    }

    /** The plain-text body of {@code email} as delivered; waits for it to arrive ({@link Await}). */
    public static String textOf(OutboxEmail email) {
        return Await.until(() -> find(email.recipient().address(), email.messageId()), Optional::isPresent)
                .orElseThrow();
    }

    /** The secret of the link in {@code email} as delivered. */
    public static String linkSecretOf(OutboxEmail email) {
        String text = textOf(email);
        Matcher matcher = TOKEN.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("no link with a secret in " + text);
        }
        return matcher.group(1);
    }

    private static Optional<String> find(String address, String messageId) {
        Properties settings = new Properties();
        settings.setProperty("mail.imap.host", "127.0.0.1");
        settings.setProperty("mail.imap.port", String.valueOf(Integer.getInteger("test.imap.port", 3343)));
        try (Store store = Session.getInstance(settings).getStore("imap")) {
            // The test mail server takes any password; each recipient's mailbox is named by the address.
            store.connect(address, address);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                for (Message message : inbox.getMessages()) {
                    String[] ids = message.getHeader("Message-ID");
                    if (ids != null && ids[0].equals(messageId)) {
                        return textPart(message);
                    }
                }
                return Optional.empty();
            } finally {
                inbox.close(false);
            }
        } catch (MessagingException | IOException e) {
            // No mailbox yet: nothing has arrived for the address.
            return Optional.empty();
        }
    }

    private static Optional<String> textPart(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return Optional.of((String) part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                Optional<String> text = textPart(multipart.getBodyPart(i));
                if (text.isPresent()) {
                    return text;
                }
            }
        }
        return Optional.empty();
    }
}
