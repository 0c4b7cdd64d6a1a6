/**
 * Reading any object whole as YAML and writing an edited YAML back with `replace<Kind>`, the
 * way `kubectl edit` does: the object's resourceVersion is the write's precondition (CONFLICT
 * when someone else changed it meanwhile), and every INVALID field path is placed on the line of
 * the YAML that holds it. Pure: tested without a browser.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, stringify, type Node } from 'yaml';
import type { FieldError, GraphQLErrorBody } from './graphql.ts';
import { isNamespaced, type Kind } from './kinds.ts';
import { withoutNulls } from './selection.ts';

const lowerFirst = (s: string) => s[0]!.toLowerCase() + s.slice(1);

/** The variable the edited object is sent in: graphql-js names input paths after it (`object.spec…`). */
export const OBJECT_VARIABLE = 'object';

/** `query` reading one object with `selection` (every field its input type accepts, see inputSelection). */
export function getDocument(kind: Kind, selection: string): string {
  const field = lowerFirst(kind);
  return isNamespaced(kind)
    ? `query Get${kind}($namespace: String!, $name: String!) { ${field}(namespace: $namespace, name: $name) { ${selection} } }`
    : `query Get${kind}($name: String!) { ${field}(name: $name) { ${selection} } }`;
}

/** The `replace<Kind>` mutation, answering the new resourceVersion. */
export function replaceDocument(kind: Kind): string {
  const arg = lowerFirst(kind);
  const input = `$${OBJECT_VARIABLE}: ${kind}Input!`;
  return isNamespaced(kind)
    ? `mutation Replace${kind}($namespace: String!, $name: String!, ${input}) { replace${kind}(namespace: $namespace, name: $name, ${arg}: $${OBJECT_VARIABLE}) { metadata { resourceVersion } } }`
    : `mutation Replace${kind}($name: String!, ${input}) { replace${kind}(name: $name, ${arg}: $${OBJECT_VARIABLE}) { metadata { resourceVersion } } }`;
}

/** An object as YAML: without the nulls of fields it does not set, apiVersion and kind first. */
export function objectYaml(object: Record<string, unknown>): string {
  const { apiVersion, kind, ...rest } = withoutNulls(object);
  return stringify({ apiVersion, kind, ...rest }, { lineWidth: 0 });
}

/** `spec.containers[0].image` → ['spec', 'containers', 0, 'image']; `metadata.labels[app.kubernetes.io/name]` keeps the bracketed key whole. */
export function parseFieldPath(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  const re = /([^.[\]]+)|\[(\d+)\]|\[['"]?([^\]'"]*)['"]?\]/g;
  for (let m = re.exec(path); m; m = re.exec(path)) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else out.push(m[3]!);
  }
  return out;
}

/**
 * The 1-based line of the YAML that holds `path`: the key of the deepest part of the path the
 * document has (a missing field is placed at its parent), or null when the text does not parse.
 */
export function lineOfPath(text: string, path: string): number | null {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  if (doc.errors.length) return null;
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const part of parseFieldPath(path)) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(part));
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  return lines.linePos(offset).line;
}

/** One problem with the edited YAML, at a field (and so at a line) when it names one. */
export interface EditError {
  field?: string;
  message: string;
  line?: number | null;
}

/**
 * The field errors of a failed replace, with paths relative to the object: the server's own
 * (`spec.replicas`) as they are; graphql-js input coercion's (`object.spec.containers[0]` with
 * `Field "imagePullPolcy" is not defined…`) without the variable and with the unknown field.
 */
export function replaceFieldErrors(errors: GraphQLErrorBody[]): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const listed = (e.extensions?.fields ?? []).map((f) => (typeof f === 'string' ? { field: f, message: e.message } : f));
    if (listed.length === 0 && typeof e.extensions?.field === 'string') listed.push({ field: e.extensions.field, message: e.message });
    for (const f of listed) {
      let field = f.field;
      let message = f.message ?? e.message;
      if (field === OBJECT_VARIABLE || field.startsWith(`${OBJECT_VARIABLE}.`) || field.startsWith(`${OBJECT_VARIABLE}[`)) {
        field = field.slice(OBJECT_VARIABLE.length).replace(/^\./, '');
        const unknown = /Field "([^"]+)" is not defined by type/.exec(message);
        if (unknown) {
          field = field ? `${field}.${unknown[1]}` : unknown[1]!;
          message = 'unknown field';
        } else {
          // graphql-js: `Variable "$object" got invalid value …; <why>` → just the why.
          message = message.replace(/^Variable "\$[^"]+" got invalid value .*?; /s, '');
        }
      }
      out.push({ field, message });
    }
  }
  return out;
}

/** What the page checked and will send, or why it will not. */
export type ParsedEdit = { object: Record<string, unknown>; errors: [] } | { object: null; errors: EditError[] };

/**
 * The edited text as the object to send: YAML that parses to one mapping, of the same kind, name
 * and namespace as the object being edited (renaming is a create, not an edit). Without a
 * resourceVersion it gets `loadedVersion`, so a save never overwrites a change it did not see.
 */
export function parseEdited(text: string, expected: { kind: Kind; namespace: string | null; name: string; resourceVersion: string }): ParsedEdit {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  if (doc.errors.length) return { object: null, errors: doc.errors.map((e) => ({ message: e.message.split('\n')[0]!, line: lines.linePos(e.pos[0]).line })) };
  const value = doc.toJS() as unknown;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { object: null, errors: [{ message: `the YAML must be one ${expected.kind} (a mapping)`, line: 1 }] };
  const object = value as Record<string, any>;
  const errors: EditError[] = [];
  const at = (field: string, message: string) => errors.push({ field, message, line: lineOfPath(text, field) });
  if (object.kind !== undefined && object.kind !== expected.kind) at('kind', `must stay ${expected.kind}`);
  const meta = object.metadata;
  if (!meta || typeof meta !== 'object' || Array.isArray(meta)) at('metadata', 'required');
  else {
    if (meta.name !== expected.name) at('metadata.name', `must stay ${expected.name} (to rename, create a new object)`);
    if (expected.namespace && (meta.namespace ?? expected.namespace) !== expected.namespace) at('metadata.namespace', `must stay ${expected.namespace}`);
    if (meta.resourceVersion === undefined || meta.resourceVersion === null || meta.resourceVersion === '') meta.resourceVersion = expected.resourceVersion;
    else meta.resourceVersion = String(meta.resourceVersion);
  }
  if (errors.length) return { object: null, errors };
  return { object, errors: [] };
}
