/**
 * The REST API's `fieldValidation` directive (kubectl sends `Strict`; kube-apiserver's default
 * is `Warn`): unknown fields of a create, replace or patch are refused (Strict: 400 with
 * kube-apiserver's `strict decoding error` text), reported in `Warning` headers (Warn) or
 * ignored (Ignore). Unknown fields are never stored: under Warn and Ignore they are removed
 * before the object reaches the store.
 */
import type http from 'node:http';
import type { KObject } from '../kinds/types.ts';
import { fieldValidationOutcome, unknownFields, type FieldValidation } from './openapi/index.ts';
import { RestRequestError } from './status.ts';

const DIRECTIVES: FieldValidation[] = ['Ignore', 'Warn', 'Strict'];

export function fieldValidationParam(query: URLSearchParams): FieldValidation {
  const v = query.get('fieldValidation');
  if (v === null || v === '') return 'Warn';
  if (!DIRECTIVES.includes(v as FieldValidation)) throw new RestRequestError(400, `fieldValidation: unsupported value "${v}": supported values: "Ignore", "Warn", "Strict"`);
  return v as FieldValidation;
}

/** `spec.containers[0].bogus` → ['spec', 'containers', 0, 'bogus'] */
function segments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const part of path.split('.')) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) {
      out.push(part);
      continue;
    }
    if (m[1]) out.push(m[1]);
    for (const i of m[2]!.matchAll(/\[(\d+)\]/g)) out.push(Number(i[1]));
  }
  return out;
}

function remove(obj: unknown, path: (string | number)[]): void {
  let cur: any = obj;
  for (const key of path.slice(0, -1)) {
    if (cur === null || typeof cur !== 'object') return;
    cur = cur[key];
  }
  if (cur !== null && typeof cur === 'object') delete cur[path.at(-1)!];
}

/**
 * Applies `directive` to `obj` of `apiVersion`/`kind`: throws for Strict, records warnings on
 * `res` for Warn, and returns the object without its unknown fields.
 */
export function enforceFieldValidation(directive: FieldValidation, apiVersion: string, kind: string, obj: KObject, res?: http.ServerResponse): KObject {
  const outcome = fieldValidationOutcome(directive, apiVersion, kind, obj);
  if (outcome.error) throw new RestRequestError(400, outcome.error, 'BadRequest');
  if (res && !res.headersSent) for (const w of outcome.warnings) res.appendHeader('Warning', `299 - ${JSON.stringify(w)}`);
  const paths = unknownFields(apiVersion, kind, obj);
  if (paths.length === 0) return obj;
  const clean = structuredClone(obj);
  for (const p of paths) remove(clean, segments(p));
  return clean;
}
