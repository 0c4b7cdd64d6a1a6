-- Dependents by owner, for the garbage collector (Kubernetes keeps an in-memory owner graph;
-- here the database answers). capstan_owner_refs(data) names each ownerReference twice:
-- 'uid:<uid>' (the owner exactly) and 'ref:<kind>/<name>' (an owner that is gone, known only by
-- the key of its DELETED event). A GIN index on it turns "who refers to this owner" into an
-- index lookup (`capstan_owner_refs(data) && ARRAY[...]`) instead of listing every kind.

CREATE FUNCTION capstan_owner_refs(p_data JSONB)
RETURNS TEXT[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT COALESCE(array_agg(t.tag), '{}'::TEXT[])
    FROM jsonb_array_elements(
            CASE WHEN jsonb_typeof(p_data->'metadata'->'ownerReferences') = 'array'
                 THEN p_data->'metadata'->'ownerReferences' ELSE '[]'::JSONB END) r,
         LATERAL (VALUES ('uid:' || (r->>'uid')), ('ref:' || (r->>'kind') || '/' || (r->>'name'))) t(tag)
    WHERE t.tag IS NOT NULL
$$;

CREATE INDEX "objects_owner_refs_idx" ON "objects" USING GIN (capstan_owner_refs(data));

-- Deletions that belong together (the gc collecting the dependents of a gone owner) in one
-- statement and one commit. Each item is checked like capstan_delete / capstan_update and
-- reported for itself (error 'NOT_FOUND' or 'CONFLICT', nothing written for it): an item with
-- 'data' is written in place (MODIFIED: a deletionTimestamp, finalizers, a pod's grace period),
-- one without is removed (DELETED). Callers send items in key order, as with
-- capstan_update_many, so two batches never lock rows in opposite orders.
CREATE FUNCTION capstan_delete_many(p_items JSONB)
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
        ELSIF v_item ? 'data' THEN
            v_rev := nextval('event_log_revision_seq');
            v_obj := jsonb_set(v_item->'data', '{metadata,resourceVersion}', to_jsonb(v_rev::TEXT));
            UPDATE objects o SET resource_version = v_rev, data = v_obj
                WHERE o.kind = v_item->>'kind' AND o.namespace = v_item->>'namespace' AND o.name = v_item->>'name';
            INSERT INTO event_log (revision, type, kind, namespace, name, object, prev_object)
                VALUES (v_rev, 'MODIFIED', v_item->>'kind', v_item->>'namespace', v_item->>'name', v_obj, v_old);
            revision := v_rev;
            object := v_obj;
        ELSE
            v_rev := nextval('event_log_revision_seq');
            DELETE FROM objects o
                WHERE o.kind = v_item->>'kind' AND o.namespace = v_item->>'namespace' AND o.name = v_item->>'name';
            v_obj := jsonb_set(v_old, '{metadata,resourceVersion}', to_jsonb(v_rev::TEXT));
            INSERT INTO event_log (revision, type, kind, namespace, name, object, prev_object)
                VALUES (v_rev, 'DELETED', v_item->>'kind', v_item->>'namespace', v_item->>'name', v_obj, v_old);
            revision := v_rev;
            object := v_obj;
        END IF;
        RETURN NEXT;
        v_i := v_i + 1;
    END LOOP;
END
$$;
