-- A registry some months into the move to login.gov, written straight into the embedded Derby
-- database while WildFly is stopped (benchmarks/console-load.sh), for the management console's
-- benchmark: of the imported accounts other than administrators, by account id, 40% linked, 20%
-- migrated, 10% sharing their email and 30% still legacy; a processed transfer request for each
-- account that moved; a login.gov identity for each linked one; and ten audit events for every
-- account (1,000,000 for 100,000 accounts), spread over the last year. Every row written here has a
-- negative id, so none meets an id the registry's sequences hand out later. Times are minutes
-- back from now, scattered by multiplying the id by primes.

UPDATE registry_account SET status = CASE
        WHEN MOD(id, 10) < 4 THEN 'LINKED'
        WHEN MOD(id, 10) < 6 THEN 'MIGRATED'
        WHEN MOD(id, 10) = 6 THEN 'EMAIL_DUPLICATE'
        ELSE 'LEGACY' END
    WHERE account_type <> 'ADMINISTRATOR';

INSERT INTO transfer_request (id, version, received_at, account_type, registry_number, source, outcome, processed_at)
    SELECT -id, 0, {fn TIMESTAMPADD(SQL_TSI_MINUTE, -MOD(id * 7919, 259200), CURRENT_TIMESTAMP)}, account_type,
           national_registry_number, 'benchmark',
           CASE status WHEN 'EMAIL_DUPLICATE' THEN 'EMAIL_DUPLICATE' ELSE 'MIGRATED' END,
           {fn TIMESTAMPADD(SQL_TSI_MINUTE, -MOD(id * 7919, 259200), CURRENT_TIMESTAMP)}
    FROM registry_account WHERE status <> 'LEGACY' AND account_type <> 'ADMINISTRATOR';

INSERT INTO login_gov_identity (id, subject, account_id, linked_at, ial, aal)
    SELECT -id, 'benchmark-subject-' || TRIM(CAST(id AS CHAR(20))), id,
           {fn TIMESTAMPADD(SQL_TSI_MINUTE, -MOD(id * 6007, 129600), CURRENT_TIMESTAMP)},
           'http://idmanagement.gov/ns/assurance/ial/1', 'urn:gov:gsa:ac:classes:sp:PasswordProtectedTransport:duo'
    FROM registry_account WHERE status = 'LINKED';

INSERT INTO audit_event (id, occurred_at, actor, action, subject_number, detail, source)
    SELECT -(a.id * 10 + k.n),
           {fn TIMESTAMPADD(SQL_TSI_MINUTE, -MOD(a.id * 104729 + k.n * 7907, 525600), CURRENT_TIMESTAMP)},
           CASE WHEN k.n < 4 THEN 'anonymous' WHEN k.n = 9 THEN 'system:transfer-queue' ELSE a.national_registry_number END,
           CASE k.n WHEN 0 THEN 'TRANSFER_REQUESTED' WHEN 1 THEN 'TRANSFER_REQUESTED'
                    WHEN 2 THEN 'EMAIL_LINK_USED' WHEN 3 THEN 'LOGIN_GOV_SIGN_IN_REFUSED'
                    WHEN 4 THEN 'LOGIN_GOV_LINKED' WHEN 5 THEN 'CONTACT_DETAILS_CHANGED'
                    WHEN 9 THEN 'TRANSFER_FAILED' ELSE 'LOGIN_GOV_SIGNED_IN' END,
           a.national_registry_number,
           'benchmark event ' || TRIM(CAST(k.n AS CHAR(2))) || ' of account ' || a.national_registry_number,
           'benchmark-source-' || TRIM(CAST(MOD(a.id, 997) AS CHAR(4)))
    FROM registry_account a, (VALUES 0, 1, 2, 3, 4, 5, 6, 7, 8, 9) AS k(n);

CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('REGISTRY', 'REGISTRY_ACCOUNT', NULL);
CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('REGISTRY', 'AUDIT_EVENT', NULL);
CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('REGISTRY', 'TRANSFER_REQUEST', NULL);
CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('REGISTRY', 'LOGIN_GOV_IDENTITY', NULL);

SELECT status, COUNT(*) AS accounts FROM registry_account GROUP BY status;
SELECT COUNT(*) AS audit_events FROM audit_event;
