-- Creates no longer read their namespace's ResourceQuotas and LimitRanges before every write.
-- The API server keeps them per namespace with a stamp (how many there are and the highest
-- resourceVersion among them, from the same read); each create carries the stamp it was
-- admitted with, and capstan_create_many checks it in the writing transaction. A stale stamp
-- (a policy created, changed or deleted since) writes nothing for that item and reports it
-- `stale`: the server reloads the namespace's policies and admits the object again. So a create
-- is still checked against every policy committed before it was written, without a round trip
-- of its own.

CREATE FUNCTION capstan_policy_stamp(p_namespace TEXT)
RETURNS TEXT
LANGUAGE sql STABLE AS $$
    SELECT count(*)::TEXT || '/' || COALESCE(max(resource_version), 0)::TEXT
    FROM objects WHERE kind IN ('LimitRange', 'ResourceQuota') AND namespace = p_namespace
$$;

DROP FUNCTION capstan_create_many(JSONB);

CREATE FUNCTION capstan_create_many(p_items JSONB)
RETURNS TABLE (idx INT, revision BIGINT, object JSONB, stale BOOLEAN)
LANGUAGE plpgsql AS $$
DECLARE
    v_item JSONB;
    v_i INT := 0;
    v_rev BIGINT;
    v_obj JSONB;
    v_stamps JSONB := '{}'::JSONB;
    v_stamp TEXT;
BEGIN
    PERFORM pg_current_xact_id();
    FOR v_item IN SELECT value FROM jsonb_array_elements(p_items) LOOP
        idx := v_i;
        v_i := v_i + 1;
        IF v_item ? 'policyStamp' THEN
            v_stamp := v_stamps->>(v_item->>'namespace');
            IF v_stamp IS NULL THEN
                v_stamp := capstan_policy_stamp(v_item->>'namespace');
                v_stamps := v_stamps || jsonb_build_object(v_item->>'namespace', v_stamp);
            END IF;
            IF v_stamp <> v_item->>'policyStamp' THEN
                revision := NULL;
                object := NULL;
                stale := TRUE;
                RETURN NEXT;
                CONTINUE;
            END IF;
        END IF;
        stale := FALSE;
        v_rev := nextval('event_log_revision_seq');
        v_obj := jsonb_set(v_item->'data', '{metadata,resourceVersion}', to_jsonb(v_rev::TEXT));
        INSERT INTO objects (kind, namespace, name, uid, resource_version, data)
            VALUES (v_item->>'kind', v_item->>'namespace', v_item->>'name', (v_item->>'uid')::UUID, v_rev, v_obj)
            ON CONFLICT DO NOTHING;
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
    END LOOP;
END
$$;
