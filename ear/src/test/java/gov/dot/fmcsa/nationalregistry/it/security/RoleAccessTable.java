package gov.dot.fmcsa.nationalregistry.it.security;

import static gov.dot.fmcsa.nationalregistry.it.security.RoleAccessTable.Access.ALLOWED;
import static gov.dot.fmcsa.nationalregistry.it.security.RoleAccessTable.Access.DENIED;
import static gov.dot.fmcsa.nationalregistry.it.security.RoleAccessTable.Access.SIGN_IN;

import java.util.List;

/**
 * Who may open which page (docs/product.md "Roles and pages"), as one table: a row per page, a column
 * per role, the anonymous visitor included. It says what web.xml enforces: the examiner's own pages
 * for examiners only, the pages of staff acting for examiners for assistants and third parties only,
 * and the management console ({@code /console/*}, where an administrator lands) for administrators only.
 * {@link RoleAccessIT} checks every cell over HTTP.
 */
final class RoleAccessTable {

    /** Who asks: nobody signed in, or someone signed in through login.gov with one role. */
    enum Role { ANONYMOUS, EXAMINER, ASSISTANT, THIRD_PARTY, ADMINISTRATOR }

    /** What they get. */
    enum Access {
        /** The page itself: 200. */
        ALLOWED,
        /** A redirect to sign in first: 302 to {@code /sign-in.xhtml?signIn=required}. */
        SIGN_IN,
        /** The "not allowed" page: 403. */
        DENIED
    }

    /** One page and what each role gets there. */
    record Row(String page, Access anonymous, Access examiner, Access assistant, Access thirdParty,
               Access administrator) {

        Access of(Role role) {
            return switch (role) {
                case ANONYMOUS -> anonymous;
                case EXAMINER -> examiner;
                case ASSISTANT -> assistant;
                case THIRD_PARTY -> thirdParty;
                case ADMINISTRATOR -> administrator;
            };
        }
    }

    private RoleAccessTable() {
    }

    /**
     * The table. {@code examinerInScope} is an examiner whom the assistant may see (they designated
     * them) and the third party too (associated with its organization).
     */
    static List<Row> rows(String examinerInScope) {
        return List.of(
                //       page                                 anonymous EXAMINER ASSISTANT THIRD_PARTY ADMINISTRATOR
                new Row("/index.xhtml",                       ALLOWED,  ALLOWED, ALLOWED,  ALLOWED,    ALLOWED),
                new Row("/sign-in.xhtml",                     ALLOWED,  ALLOWED, ALLOWED,  ALLOWED,    ALLOWED),
                new Row("/transfer.xhtml",                    ALLOWED,  ALLOWED, ALLOWED,  ALLOWED,    ALLOWED),
                new Row("/request-refused.xhtml",             ALLOWED,  ALLOWED, ALLOWED,  ALLOWED,    ALLOWED),
                new Row("/account/review.xhtml",              SIGN_IN,  ALLOWED, DENIED,   DENIED,     DENIED),
                new Row("/account/contact.xhtml",             SIGN_IN,  ALLOWED, DENIED,   DENIED,     DENIED),
                new Row("/account/email.xhtml",               SIGN_IN,  ALLOWED, DENIED,   DENIED,     DENIED),
                new Row("/account/assistants.xhtml",          SIGN_IN,  ALLOWED, DENIED,   DENIED,     DENIED),
                new Row("/account/examiners.xhtml",           SIGN_IN,  DENIED,  ALLOWED,  ALLOWED,    DENIED),
                new Row("/account/examiner.xhtml?number=" + examinerInScope,
                                                              SIGN_IN,  DENIED,  ALLOWED,  ALLOWED,    DENIED),
                new Row("/console/index.xhtml",               SIGN_IN,  DENIED,  DENIED,   DENIED,     ALLOWED),
                new Row("/console/settings.xhtml",            SIGN_IN,  DENIED,  DENIED,   DENIED,     ALLOWED),
                new Row("/console/outbox.xhtml",              SIGN_IN,  DENIED,  DENIED,   DENIED,     ALLOWED),
                new Row("/console/outbox-email.xhtml?id=1",   SIGN_IN,  DENIED,  DENIED,   DENIED,     ALLOWED),
                new Row("/console/reminders.xhtml",           SIGN_IN,  DENIED,  DENIED,   DENIED,     ALLOWED),
                new Row("/console/import.xhtml",              SIGN_IN,  DENIED,  DENIED,   DENIED,     ALLOWED),
                new Row("/console/audit.xhtml",               SIGN_IN,  DENIED,  DENIED,   DENIED,     ALLOWED),
                new Row("/console/administrators.xhtml",      SIGN_IN,  DENIED,  DENIED,   DENIED,     ALLOWED),
                new Row("/console/accounts.xhtml",            SIGN_IN,  DENIED,  DENIED,   DENIED,     ALLOWED),
                new Row("/console/account.xhtml?number=" + examinerInScope,
                                                              SIGN_IN,  DENIED,  DENIED,   DENIED,     ALLOWED));
    }
}
