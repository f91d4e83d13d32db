package gov.dot.fmcsa.nationalregistry.web.faces;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.Base64;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Refuses to deploy with a Faces key that Mojarra could not use (decision 19). Mojarra reads the
 * keys only on the first page it renders, and on a key it cannot use it logs one line and then
 * fails every page; an operator learns more from a deployment that fails and says why.
 */
@WebListener
public class SealingKeys implements ServletContextListener {

    /** Checks both keys that web.xml names for Mojarra. */
    @Override
    public void contextInitialized(ServletContextEvent event) {
        check("registry.faces.view-state-key", lookUp("java:comp/env/faces/ClientSideSecretKey"));
        check("registry.faces.flash-key", lookUp("java:comp/env/faces/FlashSecretKey"));
    }

    /** Throws unless {@code value}, the value of {@code setting}, is an AES key in Base64: 16, 24 or 32 bytes. */
    static void check(String setting, String value) {
        int length;
        try {
            length = Base64.getDecoder().decode(value).length;
        } catch (IllegalArgumentException notBase64) {
            length = -1;
        }
        if (length != 16 && length != 24 && length != 32) {
            throw new IllegalStateException(setting + " must be 32 random bytes in Base64"
                    + " (e.g. the output of: head -c 32 /dev/urandom | base64), the same on every node");
        }
    }

    private static String lookUp(String name) {
        try {
            return String.valueOf(new InitialContext().lookup(name));
        } catch (NamingException e) {
            throw new IllegalStateException(name + " is not bound: the server's configuration lacks the Faces keys"
                    + " (configure-server.cli)", e);
        }
    }
}
