package gov.dot.fmcsa.nationalregistry.application.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.exception.LiquibaseException;

/**
 * Brings the registry's database schema up to date when the application is deployed, before
 * anything else uses it (beans that touch the database at start-up depend on this one). A failed
 * migration fails the deployment: the registry never runs on a schema it does not know.
 */
// Open to any caller: used by other services and by timers, never by pages; who asks is checked by its callers.
@PermitAll
@Singleton
@Startup
// Liquibase commits each change set itself; a container transaction would forbid that.
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/RegistryDS")
    private DataSource dataSource;

    @PostConstruct
    void migrateOnDeployment() {
        try (Connection connection = dataSource.getConnection()) {
            int applied = new RegistrySchema().migrate(connection);
            LOG.info(() -> applied == 0 ? "Registry schema is up to date"
                    : "Registry schema migrated: " + applied + " change sets applied");
        } catch (SQLException | LiquibaseException e) {
            throw new IllegalStateException("The registry schema could not be migrated", e);
        }
    }

    /**
     * Applies any change set not applied yet and says how many there were; 0 on a schema that is
     * up to date. Deployment does this already: this is for operators and tests.
     */
    public int migrate() throws SQLException, LiquibaseException {
        try (Connection connection = dataSource.getConnection()) {
            return new RegistrySchema().migrate(connection);
        }
    }
}
