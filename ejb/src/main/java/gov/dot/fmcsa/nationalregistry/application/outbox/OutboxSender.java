package gov.dot.fmcsa.nationalregistry.application.outbox;

import gov.dot.fmcsa.nationalregistry.application.background.LeasedWork;
import gov.dot.fmcsa.nationalregistry.application.background.QueueDrain;
import gov.dot.fmcsa.nationalregistry.domain.scheduling.ScheduledWork;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends what the outbox holds, every second, through WildFly's mail session
 * ({@code java:jboss/mail/Default}). Whatever was pending when the server stopped is sent after it
 * starts again, because the outbox is a table, not a queue in memory.
 *
 * <p>Delivery is at least once: if the server dies after the mail server accepted an email but
 * before it was marked sent, the email goes again, as the same message (same Message-ID, Date and
 * content), which mail systems recognise as a duplicate (docs/decisions/0007).
 */
@ApplicationScoped
public class OutboxSender implements LeasedWork {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

    @Resource(lookup = "java:jboss/mail/Default")
    private Session mailSession;

    @Inject
    private OutboxDelivery delivery;

    @Inject
    @ConfigProperty(name = "registry.mail.from",
            defaultValue = "FMCSA National Registry <no-reply@nationalregistry.fmcsa.dot.gov>")
    private String from;

    private final QueueDrain outbox = new QueueDrain(50, Duration.ofMillis(800));

    @Override
    public ScheduledWork lease() {
        return ScheduledWork.OUTBOX;
    }

    /** Sends every email that is due, through one connection to the mail server. */
    @Override
    public void run() {
        try (MailConnection connection = new MailConnection(mailSession, new InternetAddress(from, true))) {
            outbox.drain(delivery::due, id -> deliver(id, connection));
        } catch (AddressException e) {
            LOG.log(Level.SEVERE, "registry.mail.from is not an email address: " + from, e);
        }
    }

    private void deliver(long id, MailConnection connection) {
        try {
            delivery.deliver(id, connection);
        } catch (RuntimeException e) {
            // E.g. the row changed meanwhile; it is still pending and will be tried on a later tick.
            LOG.log(Level.WARNING, "outbox email " + id + " could not be delivered now", e);
        }
    }
}
