-- Writes as single-statement functions: one round trip per write, the object and its log row
-- in one transaction. Every function takes its transaction id BEFORE it draws a revision: that
-- is what lets a log tail find every revision that may still commit late (see
-- server/store/revision.ts): a writer holding revision r is either visible or listed among the
-- running transactions of any snapshot taken after r was drawn.
--
-- Errors carry SQLSTATEs of their own, translated by server/store/pg-errors.ts:
--   CP404 the object does not exist, CP409 its resourceVersion is not the expected one.
-- A duplicate create fails with the ordinary unique_violation (23505).

INSERT INTO "log_state" ("id") VALUES (1) ON CONFLICT DO NOTHING;

CREATE FUNCTION capstan_create(p_kind TEXT, p_namespace TEXT, p_name TEXT, p_uid UUID, p_data JSONB)
RETURNS TABLE (revision BIGINT, object JSONB)
LANGUAGE plpgsql AS $$
DECLARE
    v_rev BIGINT;
    v_obj JSONB;
BEGIN
    PERFORM pg_current_xact_id();
    v_rev := nextval('event_log_revision_seq');
    v_obj := jsonb_set(p_data, '{metadata,resourceVersion}', to_jsonb(v_rev::TEXT));
    INSERT INTO objects (kind, namespace, name, uid, resource_version, data)
        VALUES (p_kind, p_namespace, p_name, p_uid, v_rev, v_obj);
    INSERT INTO event_log (revision, type, kind, namespace, name, object)
        VALUES (v_rev, 'ADDED', p_kind, p_namespace, p_name, v_obj);
    RETURN QUERY SELECT v_rev, v_obj;
END
$$;

-- p_expected NULL: unconditional (the caller computed p_data from a fresh read and accepts
-- last-writer-wins, e.g. a status heartbeat).
CREATE FUNCTION capstan_update(p_kind TEXT, p_namespace TEXT, p_name TEXT, p_expected BIGINT, p_data JSONB)
RETURNS TABLE (revision BIGINT, object JSONB)
LANGUAGE plpgsql AS $$
DECLARE
    v_rev BIGINT;
    v_cur BIGINT;
    v_old JSONB;
    v_obj JSONB;
BEGIN
    PERFORM pg_current_xact_id();
    SELECT o.resource_version, o.data INTO v_cur, v_old FROM objects o
        WHERE o.kind = p_kind AND o.namespace = p_namespace AND o.name = p_name
        FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'object does not exist' USING ERRCODE = 'CP404';
    END IF;
    IF p_expected IS NOT NULL AND v_cur <> p_expected THEN
        RAISE EXCEPTION 'resourceVersion is not current' USING ERRCODE = 'CP409';
    END IF;
    v_rev := nextval('event_log_revision_seq');
    v_obj := jsonb_set(p_data, '{metadata,resourceVersion}', to_jsonb(v_rev::TEXT));
    UPDATE objects o SET resource_version = v_rev, data = v_obj
        WHERE o.kind = p_kind AND o.namespace = p_namespace AND o.name = p_name;
    INSERT INTO event_log (revision, type, kind, namespace, name, object, prev_object)
        VALUES (v_rev, 'MODIFIED', p_kind, p_namespace, p_name, v_obj, v_old);
    RETURN QUERY SELECT v_rev, v_obj;
END
$$;

CREATE FUNCTION capstan_delete(p_kind TEXT, p_namespace TEXT, p_name TEXT, p_expected BIGINT)
RETURNS TABLE (revision BIGINT, object JSONB)
LANGUAGE plpgsql AS $$
DECLARE
    v_rev BIGINT;
    v_cur BIGINT;
    v_old JSONB;
    v_obj JSONB;
BEGIN
    PERFORM pg_current_xact_id();
    SELECT o.resource_version, o.data INTO v_cur, v_old FROM objects o
        WHERE o.kind = p_kind AND o.namespace = p_namespace AND o.name = p_name
        FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'object does not exist' USING ERRCODE = 'CP404';
    END IF;
    IF p_expected IS NOT NULL AND v_cur <> p_expected THEN
        RAISE EXCEPTION 'resourceVersion is not current' USING ERRCODE = 'CP409';
    END IF;
    v_rev := nextval('event_log_revision_seq');
    DELETE FROM objects o WHERE o.kind = p_kind AND o.namespace = p_namespace AND o.name = p_name;
    v_obj := jsonb_set(v_old, '{metadata,resourceVersion}', to_jsonb(v_rev::TEXT));
    INSERT INTO event_log (revision, type, kind, namespace, name, object, prev_object)
        VALUES (v_rev, 'DELETED', p_kind, p_namespace, p_name, v_obj, v_old);
    RETURN QUERY SELECT v_rev, v_obj;
END
$$;
