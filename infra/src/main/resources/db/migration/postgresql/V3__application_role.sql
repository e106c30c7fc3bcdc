-- The application connects as its own role with the least privilege it needs: events may only be
-- appended and read; snapshots, tokens, sagas and dead letters are working state it may change.
-- Migrations run as the schema owner (spring.flyway.user), never as this role. Set the role's
-- password out of band: ALTER ROLE ${app_role} PASSWORD '...';
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${app_role}') THEN
        CREATE ROLE ${app_role} LOGIN;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO ${app_role};
REVOKE ALL ON DomainEventEntry FROM ${app_role};
GRANT SELECT, INSERT ON DomainEventEntry TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE domainevententry_globalindex_seq TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON SnapshotEventEntry, TokenEntry, SagaEntry, AssociationValueEntry,
    DeadLetterEntry TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE associationvalueentry_id_seq TO ${app_role};
