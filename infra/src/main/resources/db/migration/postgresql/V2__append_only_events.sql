-- The event store is the audit trail: events are never changed or removed, enforced by the database
-- itself and not only by the application. Any UPDATE, DELETE or TRUNCATE of DomainEventEntry fails,
-- whoever runs it (the owner included); dropping the trigger needs the owner role, which the
-- application never uses.
CREATE OR REPLACE FUNCTION codeledger_reject_event_mutation() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'CL-STORE-001: % on % refused: the event store is append-only', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER domain_event_entry_no_update_delete
    BEFORE UPDATE OR DELETE ON DomainEventEntry
    FOR EACH ROW EXECUTE FUNCTION codeledger_reject_event_mutation();

CREATE TRIGGER domain_event_entry_no_truncate
    BEFORE TRUNCATE ON DomainEventEntry
    FOR EACH STATEMENT EXECUTE FUNCTION codeledger_reject_event_mutation();
