/**
 * Any object's live YAML (`/yaml/<Kind>/<namespace>/<name>`): read whole with a selection built
 * from the schema (every field its input type accepts), shown with its resourceVersion, and
 * edited and saved with `replace<Kind>` like `kubectl edit`. The resourceVersion it was read at
 * is the precondition: when someone else changed the object meanwhile, the save is refused with
 * CONFLICT and nothing is written, and the page offers to reload. INVALID field errors are shown
 * on the line of the field. While not editing, the page follows the object's changes.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Badge, ErrorNote, Link } from '../components/ui.tsx';
import { useCluster, useObject } from '../lib/context.tsx';
import { objectPath } from '../lib/events.ts';
import { ApiError } from '../lib/graphql.ts';
import { isNamespaced, type Kind } from '../lib/kinds.ts';
import { href } from '../lib/router.ts';
import { inputSelection, schemaTypesOf } from '../lib/selection.ts';
import { getDocument, lineOfPath, objectYaml, parseEdited, replaceDocument, replaceFieldErrors, type EditError } from '../lib/yaml-edit.ts';

const LINE_PX = 20;
const PAD_PX = 10;

interface Loaded {
  text: string;
  resourceVersion: string;
}

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; resourceVersion: string }
  | { kind: 'conflict'; message: string; base: string }
  | { kind: 'invalid'; message: string; errors: EditError[] }
  | { kind: 'failed'; error: unknown };

/** A line-numbered YAML box: errors marked in the gutter and their messages beside their lines. */
function YamlEditor({ text, readOnly, errors, onChange, editorRef }: { text: string; readOnly: boolean; errors: EditError[]; onChange(text: string): void; editorRef: React.RefObject<HTMLTextAreaElement | null> }) {
  const count = Math.max(1, text.split('\n').length);
  const byLine = useMemo(() => {
    const m = new Map<number, string[]>();
    for (const e of errors) if (e.line) m.set(e.line, [...(m.get(e.line) ?? []), e.field ? `${e.field}: ${e.message}` : e.message]);
    return m;
  }, [errors]);
  const height = count * LINE_PX + 2 * PAD_PX;
  return (
    <div className={`yaml-editor${readOnly ? ' yaml-readonly' : ''}`}>
      <div className="yaml-gutter" aria-hidden="true" style={{ height, paddingTop: PAD_PX, lineHeight: `${LINE_PX}px` }}>
        {Array.from({ length: count }, (_, i) => (
          <div key={i} className={byLine.has(i + 1) ? 'gutter-error' : undefined} title={byLine.get(i + 1)?.join('\n')}>
            {i + 1}
          </div>
        ))}
      </div>
      <div className="yaml-text">
        <textarea
          ref={editorRef}
          aria-label="YAML"
          spellCheck={false}
          wrap="off"
          readOnly={readOnly}
          value={text}
          style={{ height, padding: `${PAD_PX}px`, lineHeight: `${LINE_PX}px` }}
          onChange={(e) => onChange(e.target.value)}
        />
        {[...byLine].map(([line, messages]) => (
          <div key={line} className="yaml-annotation" role="note" data-line={line} style={{ top: PAD_PX + (line - 1) * LINE_PX }}>
            {messages.join('; ')}
          </div>
        ))}
      </div>
    </div>
  );
}

export function YamlPage({ kind, namespace, name }: { kind: Kind; namespace: string | null; name: string }) {
  const { api } = useCluster();
  const live = useObject(kind, namespace, name);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const editor = useRef<HTMLTextAreaElement>(null);
  const namespaced = isNamespaced(kind);

  const load = useCallback(async () => {
    try {
      const selection = inputSelection(await schemaTypesOf(api), kind, `${kind}Input`);
      const field = kind[0]!.toLowerCase() + kind.slice(1);
      const d = await api.request<Record<string, Record<string, any> | null>>(getDocument(kind, selection), namespaced ? { namespace, name } : { name });
      const object = d[field];
      if (!object) throw new ApiError([{ message: `${kind} "${name}" not found${namespace ? ` in namespace "${namespace}"` : ''}`, extensions: { code: 'NOT_FOUND' } }]);
      setLoaded({ text: objectYaml(object), resourceVersion: String(object.metadata?.resourceVersion ?? '') });
      setLoadError(null);
      return true;
    } catch (err) {
      setLoadError(err);
      return false;
    }
  }, [api, kind, namespace, name, namespaced]);

  useEffect(() => {
    void load();
  }, [load]);

  // Follow the object while not editing: the watch says when it moved past what is shown.
  const liveVersion = live?.metadata.resourceVersion;
  const changedSince = !!(loaded && liveVersion && liveVersion !== loaded.resourceVersion && Number(liveVersion) > Number(loaded.resourceVersion));
  useEffect(() => {
    if (changedSince && !editing) void load();
  }, [changedSince, editing, load]);

  const startEditing = () => {
    if (!loaded) return;
    setDraft(loaded.text);
    setSave({ kind: 'idle' });
    setEditing(true);
    setTimeout(() => editor.current?.focus(), 0);
  };

  const reload = async () => {
    if (await load()) {
      setEditing(false);
      setSave({ kind: 'idle' });
    }
  };

  const submit = async () => {
    if (!loaded) return;
    const parsed = parseEdited(draft, { kind, namespace, name, resourceVersion: loaded.resourceVersion });
    if (!parsed.object) {
      setSave({ kind: 'invalid', message: 'The YAML cannot be saved as it is:', errors: parsed.errors });
      return;
    }
    setSave({ kind: 'saving' });
    const base = String((parsed.object.metadata as { resourceVersion: string }).resourceVersion);
    try {
      const d = await api.request<Record<string, { metadata: { resourceVersion: string } }>>(replaceDocument(kind), namespaced ? { namespace, name, object: parsed.object } : { name, object: parsed.object });
      const rv = Object.values(d)[0]!.metadata.resourceVersion;
      await load();
      setEditing(false);
      setSave({ kind: 'saved', resourceVersion: rv });
    } catch (err) {
      if (err instanceof ApiError && err.code === 'CONFLICT') setSave({ kind: 'conflict', message: err.message, base });
      else if (err instanceof ApiError && err.code === 'INVALID') {
        const fields = replaceFieldErrors(err.errors);
        const errors: EditError[] = fields.length ? fields.map((f) => ({ field: f.field, message: f.message ?? err.message, line: lineOfPath(draft, f.field) })) : [{ message: err.message }];
        setSave({ kind: 'invalid', message: err.message, errors });
      } else setSave({ kind: 'failed', error: err });
    }
  };

  const goToLine = (line: number) => {
    const ta = editor.current;
    if (!ta) return;
    const lines = ta.value.split('\n');
    const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
    ta.focus();
    ta.setSelectionRange(start, start + (lines[line - 1]?.length ?? 0));
    ta.scrollIntoView({ block: 'nearest' });
  };

  const page = objectPath(kind, namespace, name);
  const title = `${namespace ? `${namespace}/` : ''}${name}`;
  const errors = save.kind === 'invalid' ? save.errors : [];
  return (
    <div className="page">
      <div className="crumbs">
        {kind} {page && !page.startsWith('/yaml/') && <Link to={href(page)}>{title}</Link>}
      </div>
      <div className="page-head">
        <h1>
          <span className="title-text">{name}</span> <Badge tone="muted">{kind}</Badge>
        </h1>
        <div className="card-actions">
          {editing ? (
            <>
              <button className="btn" onClick={() => (setEditing(false), setSave({ kind: 'idle' }))}>
                Cancel
              </button>
              <button className="btn btn-primary" onClick={() => void submit()} disabled={save.kind === 'saving'}>
                {save.kind === 'saving' ? 'Saving…' : 'Save'}
              </button>
            </>
          ) : (
            <button className="btn btn-primary" onClick={startEditing} disabled={!loaded}>
              Edit
            </button>
          )}
        </div>
      </div>
      <p className="muted small">
        {namespace ? `Namespace ${namespace} · ` : ''}resourceVersion <code data-testid="resource-version">{loaded?.resourceVersion ?? '…'}</code>
        {editing ? ' · saving replaces the object (status is left as it is); it is refused if the object changed since this version.' : ' · live: follows the object until you edit.'}
      </p>
      <ErrorNote error={loadError} />
      {editing && changedSince && save.kind !== 'conflict' && (
        <div className="banner banner-warn" role="status">
          The object changed on the server since you started (now at resourceVersion {liveVersion}): saving will be refused.{' '}
          <button className="btn btn-small" onClick={() => void reload()}>
            Reload (discard my edits)
          </button>
        </div>
      )}
      {save.kind === 'conflict' && (
        <div className="banner banner-bad" role="alert" data-testid="conflict">
          <strong>
            <code className="code">CONFLICT</code> Not saved: someone else changed this {kind} after you loaded it (at resourceVersion {save.base}
            {liveVersion && liveVersion !== save.base ? `; it is now at ${liveVersion}` : ''}).
          </strong>{' '}
          Reload to see their version, then make your edit again.{' '}
          <button className="btn btn-small" onClick={() => void reload()}>
            Reload (discard my edits)
          </button>{' '}
          <button className="btn btn-small btn-quiet" onClick={() => setSave({ kind: 'idle' })}>
            Keep editing
          </button>
        </div>
      )}
      {save.kind === 'invalid' && (
        <div className="error" role="alert" data-testid="invalid">
          <code className="code">INVALID</code> {save.message}
          <ul className="field-errors">
            {save.errors.map((e, i) => (
              <li key={i}>
                {e.line ? (
                  <button className="btn btn-small btn-quiet" onClick={() => goToLine(e.line!)}>
                    line {e.line}
                  </button>
                ) : null}{' '}
                {e.field && <code>{e.field}</code>} {e.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {save.kind === 'failed' && <ErrorNote error={save.error} />}
      {save.kind === 'saved' && (
        <p className="ok-note" role="status">
          Saved: the object is now at resourceVersion {save.resourceVersion}.
        </p>
      )}
      {loaded && <YamlEditor text={editing ? draft : loaded.text} readOnly={!editing} errors={errors} onChange={setDraft} editorRef={editor} />}
      {!loaded && !loadError && <p className="muted">Loading…</p>}
    </div>
  );
}
