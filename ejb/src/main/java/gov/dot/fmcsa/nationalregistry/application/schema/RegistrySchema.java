package gov.dot.fmcsa.nationalregistry.application.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;

/**
 * The registry's database schema: the Liquibase change log in the domain module, applied to a
 * JDBC connection. Plain Java, so that tests can apply it to any database without a server.
 */
public class RegistrySchema {

    /** Where the change log lives on the class path (domain module). */
    public static final String CHANGELOG = "db/changelog/registry-changelog.xml";

    private final ResourceAccessor changelogs =
            new ClassLoaderResourceAccessor(RegistrySchema.class.getClassLoader());

    /**
     * Applies every change set that the database has not seen yet; a database already up to date
     * is left as it is. On PostgreSQL, a node that finds another node migrating waits for it, and
     * then finds nothing left to do ({@link SchemaLock}).
     *
     * @return how many change sets were applied
     */
    @SuppressWarnings("try") // the lock is held for the block, and has nothing to be asked in it
    public int migrate(Connection connection) throws LiquibaseException, SQLException {
        try (SchemaLock ignored = SchemaLock.take(connection)) {
            return keepingAutoCommit(connection, () -> {
                Database database = databaseOn(connection);
                int pending = pendingChangeSets(database);
                if (pending > 0) {
                    inLiquibaseScope(() -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                            .execute());
                }
                return pending;
            });
        }
    }

    /** How many change sets the database behind {@code connection} still lacks. */
    public int pendingChangeSets(Connection connection) throws LiquibaseException, SQLException {
        return keepingAutoCommit(connection, () -> pendingChangeSets(databaseOn(connection)));
    }

    /** The work Liquibase does on a connection. */
    private interface LiquibaseWork {
        int run() throws LiquibaseException;
    }

    /**
     * Liquibase turns auto-commit off and leaves it so: give the connection back as it came, with
     * nothing left uncommitted, so that it can be closed or returned to a pool.
     */
    private static int keepingAutoCommit(Connection connection, LiquibaseWork work)
            throws LiquibaseException, SQLException {
        boolean autoCommit = connection.getAutoCommit();
        try {
            return work.run();
        } finally {
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            connection.setAutoCommit(autoCommit);
        }
    }

    private int pendingChangeSets(Database database) throws LiquibaseException {
        int[] pending = new int[1];
        inLiquibaseScope(() -> {
            @SuppressWarnings("deprecation") // the command API has no equivalent that returns the list
            Liquibase liquibase = new Liquibase(CHANGELOG, changelogs, database);
            pending[0] = liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression()).size();
        });
        return pending[0];
    }

    private static Database databaseOn(Connection connection) throws LiquibaseException {
        return DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
    }

    private void inLiquibaseScope(Scope.ScopedRunner<?> work) throws LiquibaseException {
        try {
            // Liquibase would otherwise try to send usage analytics to its vendor.
            Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), changelogs,
                    "liquibase.analytics.enabled", Boolean.FALSE), work);
        } catch (LiquibaseException e) {
            throw e;
        } catch (Exception e) {
            throw new LiquibaseException(e);
        }
    }
}
