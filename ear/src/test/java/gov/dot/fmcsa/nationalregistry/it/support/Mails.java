package gov.dot.fmcsa.nationalregistry.it.support;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the registry's emails as received by the tests' mail server: their parts and their button link. */
public final class Mails {

    /** The first link of an email's HTML part that is not a mailto: the button. */
    private static final Pattern BUTTON = Pattern.compile("<a href=\"(http[^\"]+)\"");

    private Mails() {
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain text alternative. */
    public static String text(MimeMessage message) {
        return part(message, "text/plain").orElseThrow(() -> new AssertionError("no text/plain part"));
    }

    /** The HTML alternative. */
    public static String html(MimeMessage message) {
        return part(message, "text/html").orElseThrow(() -> new AssertionError("no text/html part"));
    }

    /** The address the email's button leads to, taken from the HTML part as a mail program would. */
    public static String buttonLink(MimeMessage message) {
        Matcher matcher = BUTTON.matcher(html(message));
        if (!matcher.find()) {
            throw new AssertionError("no button link in " + html(message));
        }
        return matcher.group(1).replace("&amp;", "&");
    }

    private static Optional<String> part(Part part, String type) {
        try {
            if (part.isMimeType(type)) {
                return Optional.of((String) part.getContent());
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    Optional<String> found = part(child, type);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
            return Optional.empty();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
