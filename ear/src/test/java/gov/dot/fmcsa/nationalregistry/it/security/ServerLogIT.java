package gov.dot.fmcsa.nationalregistry.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import gov.dot.fmcsa.nationalregistry.it.support.RegistryDeployment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the server's log may never hold: the secret settings, which the test server gets in its
 * environment as production should (ear/pom.xml), and the tokens and userinfo bodies that pac4j
 * and Nimbus log at DEBUG, whatever level the root logger is given (configure-server.cli).
 */
@ExtendWith(ArquillianExtension.class)
class ServerLogIT {

    private static final List<String> SECRET_SETTINGS = List.of("REGISTRY_FACES_VIEW_STATE_KEY",
            "REGISTRY_FACES_FLASH_KEY", "REGISTRY_OUTBOX_LINK_KEY", "REGISTRY_AUDIT_SOURCE_KEY",
            "REGISTRY_DB_PASSWORD");

    /** Loggers that write token responses, ID tokens or userinfo bodies at DEBUG. */
    private static final List<String> TOKEN_LOGGERS = List.of(
            "org.pac4j.oidc.credentials.authenticator.OidcAuthenticator",
            "org.pac4j.oidc.profile.creator.OidcProfileCreator",
            "org.pac4j.oidc.profile.creator.TokenValidator",
            "com.nimbusds.oauth2.sdk.http.HTTPRequest",
            // its command line and system properties
            "org.jboss.as.config");

    @Deployment
    static EnterpriseArchive deployment() {
        return RegistryDeployment.withTests(ServerLogIT.class);
    }

    @Test
    void noSecretSettingIsASystemPropertyOrInServerLog() throws IOException {
        String log = Files.readString(Path.of(System.getProperty("jboss.server.log.dir"), "server.log"),
                StandardCharsets.UTF_8);
        assertThat(System.getenv("REGISTRY_OUTBOX_LINK_KEY")).as("the test server's secrets are in its environment")
                .isNotBlank();

        for (String name : SECRET_SETTINGS) {
            String secret = System.getenv(name);
            if (secret != null) {
                assertThat(System.getProperties().values()).as("system properties").doesNotContain(secret);
                assertThat(log).as("server.log holds " + name).doesNotContain(secret);
            }
        }
    }

    @Test
    void tokensAreNotLoggedWhenTheRootLoggerIsSetToDebug() {
        Logger root = Logger.getLogger("");
        Level before = root.getLevel();
        root.setLevel(Level.ALL);
        try {
            assertThat(Logger.getLogger("org.jboss.as.server").isLoggable(Level.FINE))
                    .as("a category without a level of its own follows the root").isTrue();
            for (String category : TOKEN_LOGGERS) {
                assertThat(Logger.getLogger(category).isLoggable(Level.FINE)).as(category + " at DEBUG").isFalse();
            }
        } finally {
            root.setLevel(before);
        }
    }
}
