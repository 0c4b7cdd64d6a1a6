-- Updates that belong together (the scheduler binding a batch of pods) in one statement and one
-- commit. Each item is checked like capstan_update; a failed item is reported for itself
-- (error 'NOT_FOUND' or 'CONFLICT', nothing written for it) and does not fail the others.
-- Callers send items in key order, so two batches never lock rows in opposite orders.

CREATE FUNCTION capstan_update_many(p_items JSONB)
RETURNS TABLE (idx INT, revision BIGINT, object JSONB, error TEXT)
LANGUAGE plpgsql AS $$
DECLARE
    v_item JSONB;
    v_i INT := 0;
    v_rev BIGINT;
    v_cur BIGINT;
    v_old JSONB;
    v_obj JSONB;
BEGIN
    PERFORM pg_current_xact_id();
    FOR v_item IN SELECT value FROM jsonb_array_elements(p_items) LOOP
        idx := v_i;
        revision := NULL;
        object := NULL;
        error := NULL;
        SELECT o.resource_version, o.data INTO v_cur, v_old FROM objects o
            WHERE o.kind = v_item->>'kind' AND o.namespace = v_item->>'namespace' AND o.name = v_item->>'name'
            FOR UPDATE;
        IF NOT FOUND THEN
            error := 'NOT_FOUND';
        ELSIF v_item->>'expected' IS NOT NULL AND v_cur <> (v_item->>'expected')::BIGINT THEN
            error := 'CONFLICT';
        ELSE
            v_rev := nextval('event_log_revision_seq');
            v_obj := jsonb_set(v_item->'data', '{metadata,resourceVersion}', to_jsonb(v_rev::TEXT));
            UPDATE objects o SET resource_version = v_rev, data = v_obj
                WHERE o.kind = v_item->>'kind' AND o.namespace = v_item->>'namespace' AND o.name = v_item->>'name';
            INSERT INTO event_log (revision, type, kind, namespace, name, object, prev_object)
                VALUES (v_rev, 'MODIFIED', v_item->>'kind', v_item->>'namespace', v_item->>'name', v_obj, v_old);
            revision := v_rev;
            object := v_obj;
        END IF;
        RETURN NEXT;
        v_i := v_i + 1;
    END LOOP;
END
$$;
