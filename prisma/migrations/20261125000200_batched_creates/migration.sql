-- Creates that arrive together are written together: one statement, one transaction, one
-- commit for many objects (group commit in the store, as etcd batches its raft proposals).
-- Each item gets its own revision; a name that already exists is reported for that item alone
-- (revision NULL) and does not fail the others. Same ordering rule as capstan_create: the
-- transaction id is taken before any revision is drawn.

CREATE FUNCTION capstan_create_many(p_items JSONB)
RETURNS TABLE (idx INT, revision BIGINT, object JSONB)
LANGUAGE plpgsql AS $$
DECLARE
    v_item JSONB;
    v_i INT := 0;
    v_rev BIGINT;
    v_obj JSONB;
BEGIN
    PERFORM pg_current_xact_id();
    FOR v_item IN SELECT value FROM jsonb_array_elements(p_items) LOOP
        v_rev := nextval('event_log_revision_seq');
        v_obj := jsonb_set(v_item->'data', '{metadata,resourceVersion}', to_jsonb(v_rev::TEXT));
        INSERT INTO objects (kind, namespace, name, uid, resource_version, data)
            VALUES (v_item->>'kind', v_item->>'namespace', v_item->>'name', (v_item->>'uid')::UUID, v_rev, v_obj)
            ON CONFLICT DO NOTHING;
        idx := v_i;
        IF FOUND THEN
            INSERT INTO event_log (revision, type, kind, namespace, name, object)
                VALUES (v_rev, 'ADDED', v_item->>'kind', v_item->>'namespace', v_item->>'name', v_obj);
            revision := v_rev;
            object := v_obj;
        ELSE
            revision := NULL;
            object := NULL;
        END IF;
        RETURN NEXT;
        v_i := v_i + 1;
    END LOOP;
END
$$;

-- Every create now goes through capstan_create_many (a lone create is a batch of one).
DROP FUNCTION capstan_create(TEXT, TEXT, TEXT, UUID, JSONB);
