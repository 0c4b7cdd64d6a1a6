/**
 * JSON Patch (RFC 6902), as `kubectl patch --type json` sends it and as the Kubernetes API
 * server applies it (gopkg.in/evanphx/json-patch.v4). Operations apply in order to a copy of
 * the document; the first that cannot apply, or a `test` that does not hold, fails the whole
 * patch and changes nothing.
 *
 * Where that library is more lenient than the RFC, this follows the library, since that is what
 * kubectl users meet on a real cluster: `replace` of a missing object member adds it, a
 * missing `value` is null, `test` for null passes on a missing member, list indexes may be
 * negative (from the end) or have leading zeros, `copy` from a missing member copies null, and
 * an unknown `~` escape is kept as it is.
 */
import { CapstanError } from '../../errors.ts';
import { jsonEqual } from '../../store/merge-patch.ts';

type Json = Record<string, unknown>;
type Container = Json | unknown[];

/** The API server refuses longer patches (apiserver's maxJSONPatchOperations). */
export const MAX_JSON_PATCH_OPERATIONS = 10_000;

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const isContainer = (v: unknown): v is Container => isObject(v) || Array.isArray(v);

/**
 * Applies an RFC 6902 JSON patch to `doc` and returns the result; `doc` is not changed.
 * Throws CapstanError INVALID when the patch is malformed, an operation cannot apply, or a
 * `test` operation fails.
 */
export function applyJsonPatch(doc: unknown, patch: unknown): unknown {
  if (!Array.isArray(patch)) throw new CapstanError('INVALID', 'json patch must be a list of operations');
  if (patch.length > MAX_JSON_PATCH_OPERATIONS) {
    throw new CapstanError('INVALID', `The allowed maximum operations in a JSON patch is ${MAX_JSON_PATCH_OPERATIONS}, got ${patch.length}`);
  }
  // One copy up front: operations then work in place on it, and the caller's value stays intact.
  const root = { value: structuredClone(doc) as unknown };
  patch.forEach((operation, index) => {
    try {
      if (!isObject(operation)) throw new PatchFailure('an operation must be an object with "op" and "path"');
      applyOperation(root, operation);
    } catch (err) {
      if (err instanceof PatchFailure) throw new CapstanError('INVALID', `json patch operation ${index}: ${err.message}`);
      throw err;
    }
  });
  return root.value;
}

/** An operation that cannot apply; turned into one CapstanError naming the operation. */
class PatchFailure extends Error {}

function applyOperation(root: { value: unknown }, operation: Json): void {
  const op = operation.op;
  const path = (what = 'path') => {
    const value = operation[what];
    if (typeof value !== 'string') throw new PatchFailure(`${String(op)} operation failed to decode ${what}: missing value`);
    return value;
  };
  // The library reads a missing value as null.
  const value = () => structuredClone(operation.value ?? null);
  switch (op) {
    case 'add':
      return add(root, path(), value(), 'add');
    case 'remove':
      return void remove(root, path(), 'remove');
    case 'replace':
      return replace(root, path(), value());
    case 'move': {
      const moved = remove(root, path('from'), 'move');
      return add(root, path(), moved, 'move');
    }
    case 'copy': {
      const from = path('from');
      const { container, key } = locate(root, from, `copy operation does not apply: doc is missing from path: ${from}`);
      return add(root, path(), structuredClone(get(container, key, from) ?? null), 'copy');
    }
    case 'test':
      return test(root, path(), operation.value ?? null);
    default:
      throw new PatchFailure(`Unexpected kind: ${typeof op === 'string' ? op : 'unknown'}`);
  }
}

/**
 * The container a pointer ends in and the (unescaped) last token. Like the library, the first
 * token is dropped unread, so a pointer must start with `/` to mean what it says.
 */
function locate(root: { value: unknown }, pointer: string, missing: string): { container: Container; key: string } {
  const tokens = pointer.split('/').map(unescape);
  if (tokens.length < 2 || !isContainer(root.value)) throw new PatchFailure(missing);
  let container: Container = root.value;
  for (const token of tokens.slice(1, -1)) {
    let next: unknown;
    try {
      next = get(container, token, pointer);
    } catch {
      throw new PatchFailure(missing);
    }
    if (!isContainer(next)) throw new PatchFailure(missing);
    container = next;
  }
  return { container, key: tokens[tokens.length - 1]! };
}

/** RFC 6901 unescaping: `~1` is `/`, then `~0` is `~`. */
function unescape(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** A member (undefined when absent) or a list element (an error when out of range). */
function get(container: Container, key: string, pointer: string): unknown {
  if (!Array.isArray(container)) return Object.hasOwn(container, key) ? container[key] : undefined;
  return container[listIndex(key, container.length, container.length - 1, pointer)];
}

/** Go's strconv.Atoi, then a negative index counted from the end; at most `max`. */
function listIndex(key: string, length: number, max: number, pointer: string): number {
  if (!/^[+-]?\d+$/.test(key)) throw new PatchFailure(`error in ${pointer}: strconv.Atoi: parsing ${JSON.stringify(key)}: invalid syntax`);
  let index = Number(key);
  if (index < 0) {
    if (index < -length) throw new PatchFailure(`error in ${pointer}: Unable to access invalid index: ${index}: invalid index referenced`);
    index += length;
  }
  if (index > max) throw new PatchFailure(`error in ${pointer}: Unable to access invalid index: ${index}: invalid index referenced`);
  return index;
}

function add(root: { value: unknown }, pointer: string, value: unknown, op: string): void {
  const { container, key } = locate(root, pointer, `${op} operation does not apply: doc is missing path: ${JSON.stringify(pointer)}: missing value`);
  if (!Array.isArray(container)) {
    container[key] = value;
  } else if (key === '-') {
    container.push(value);
  } else {
    container.splice(listIndex(key, container.length + 1, container.length, pointer), 0, value);
  }
}

/** Removes the value at `pointer` and returns it. */
function remove(root: { value: unknown }, pointer: string, op: string): unknown {
  const { container, key } = locate(root, pointer, `${op} operation does not apply: doc is missing path: ${JSON.stringify(pointer)}: missing value`);
  if (Array.isArray(container)) return container.splice(listIndex(key, container.length, container.length - 1, pointer), 1)[0];
  if (!Object.hasOwn(container, key)) throw new PatchFailure(`error in ${op} for path: '${pointer}': Unable to remove nonexistent key: ${key}: missing value`);
  const value = container[key];
  delete container[key];
  return value;
}

function replace(root: { value: unknown }, pointer: string, value: unknown): void {
  if (pointer === '') {
    if (!isContainer(value)) throw new PatchFailure('replace operation value must be object or array');
    root.value = value;
    return;
  }
  const { container, key } = locate(root, pointer, `replace operation does not apply: doc is missing path: ${pointer}: missing value`);
  if (!Array.isArray(container)) {
    container[key] = value;
    return;
  }
  let index: number;
  try {
    index = listIndex(key, container.length, container.length - 1, pointer);
  } catch {
    throw new PatchFailure(`replace operation does not apply: doc is missing key: ${pointer}: missing value`);
  }
  container[index] = value;
}

function test(root: { value: unknown }, pointer: string, expected: unknown): void {
  let actual: unknown;
  if (pointer === '') {
    actual = root.value;
  } else {
    const { container, key } = locate(root, pointer, `test operation does not apply: is missing path: ${pointer}: missing value`);
    actual = get(container, key, pointer) ?? null;
  }
  if (!jsonEqual(actual, expected)) throw new PatchFailure(`testing value ${pointer} failed: test failed`);
}
