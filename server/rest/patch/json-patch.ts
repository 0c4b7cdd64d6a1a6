/**
 * JSON Patch (RFC 6902), as `kubectl patch --type json` sends it: a list of operations on JSON
 * pointers (RFC 6901). The operations apply in order to a copy of the document; the first one
 * that cannot apply (or a `test` that does not hold) fails the whole patch and changes nothing.
 */
import { CapstanError } from '../../errors.ts';

type Json = Record<string, unknown>;

const OPERATIONS = ['add', 'remove', 'replace', 'move', 'copy', 'test'] as const;
type OperationName = (typeof OPERATIONS)[number];

interface Operation {
  op: OperationName;
  path: string[];
  pointer: string;
  from?: string[];
  fromPointer?: string;
  value?: unknown;
}

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Applies an RFC 6902 JSON patch to `doc` and returns the result; `doc` is not changed.
 * Throws CapstanError INVALID when the patch is malformed, an operation cannot apply, or a
 * `test` operation fails.
 */
export function applyJsonPatch(doc: unknown, patch: unknown): unknown {
  const operations = parsePatch(patch);
  // One copy up front: operations then work in place on it, and the caller's value stays intact.
  const root = { value: structuredClone(doc) as unknown };
  operations.forEach((operation, index) => {
    try {
      applyOperation(root, operation);
    } catch (err) {
      if (err instanceof PatchFailure) {
        throw new CapstanError('INVALID', `json patch operation ${index} (${operation.op} ${JSON.stringify(operation.pointer)}): ${err.message}`);
      }
      throw err;
    }
  });
  return root.value;
}

/** An operation that cannot apply; turned into one CapstanError naming the operation. */
class PatchFailure extends Error {}

function parsePatch(patch: unknown): Operation[] {
  if (!Array.isArray(patch)) throw new CapstanError('INVALID', 'json patch must be a list of operations');
  return patch.map((raw, index) => {
    const fail = (message: string) => new CapstanError('INVALID', `json patch operation ${index}: ${message}`);
    if (!isObject(raw)) throw fail('must be an object with "op" and "path"');
    const op = raw.op;
    if (typeof op !== 'string') throw fail('"op" is required');
    if (!(OPERATIONS as readonly string[]).includes(op)) throw fail(`unknown op ${JSON.stringify(op)} (one of ${OPERATIONS.join(', ')})`);
    if (typeof raw.path !== 'string') throw fail('"path" is required and must be a string');
    const operation: Operation = { op: op as OperationName, pointer: raw.path, path: parsePointer(raw.path, fail) };
    if (op === 'move' || op === 'copy') {
      if (typeof raw.from !== 'string') throw fail(`"from" is required for ${op}`);
      operation.fromPointer = raw.from;
      operation.from = parsePointer(raw.from, fail);
    }
    if (op === 'add' || op === 'replace' || op === 'test') {
      if (!Object.hasOwn(raw, 'value')) throw fail(`"value" is required for ${op}`);
      operation.value = raw.value;
    }
    return operation;
  });
}

/** RFC 6901: "" is the whole document; otherwise `/`-separated tokens with `~1` for `/` and `~0` for `~`. */
function parsePointer(pointer: string, fail: (message: string) => Error): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw fail(`invalid JSON pointer ${JSON.stringify(pointer)}: must be empty or start with "/"`);
  return pointer
    .slice(1)
    .split('/')
    .map((token) => {
      if (/~(?![01])/.test(token)) throw fail(`invalid JSON pointer ${JSON.stringify(pointer)}: "~" must be followed by 0 or 1`);
      return token.replace(/~1/g, '/').replace(/~0/g, '~');
    });
}

function applyOperation(root: { value: unknown }, operation: Operation): void {
  switch (operation.op) {
    case 'add':
      add(root, operation.path, structuredClone(operation.value));
      return;
    case 'remove':
      remove(root, operation.path);
      return;
    case 'replace':
      if (operation.path.length > 0) remove(root, operation.path);
      add(root, operation.path, structuredClone(operation.value));
      return;
    case 'move': {
      const from = operation.from!;
      if (from.length < operation.path.length && from.every((token, i) => token === operation.path[i])) {
        throw new PatchFailure(`cannot move ${JSON.stringify(operation.fromPointer)} into one of its own children`);
      }
      const value = remove(root, from);
      add(root, operation.path, value);
      return;
    }
    case 'copy':
      add(root, operation.path, structuredClone(get(root, operation.from!)));
      return;
    case 'test': {
      const actual = get(root, operation.path);
      if (!jsonEqual(actual, operation.value)) {
        throw new PatchFailure(`test failed: the value is ${JSON.stringify(actual)}, not ${JSON.stringify(operation.value)}`);
      }
      return;
    }
  }
}

/** The container holding the last token of `path`, and that token; the container must exist. */
function parentOf(root: { value: unknown }, path: string[]): { parent: unknown; token: string } {
  let parent: unknown = root.value;
  for (let i = 0; i < path.length - 1; i++) parent = child(parent, path[i]!, path.slice(0, i + 1));
  return { parent, token: path[path.length - 1]! };
}

function child(container: unknown, token: string, pathSoFar: string[]): unknown {
  if (Array.isArray(container)) {
    return container[arrayIndex(token, container.length, false)];
  }
  if (isObject(container) && Object.hasOwn(container, token)) return container[token];
  throw new PatchFailure(`path ${JSON.stringify(toPointer(pathSoFar))} does not exist`);
}

function get(root: { value: unknown }, path: string[]): unknown {
  if (path.length === 0) return root.value;
  const { parent, token } = parentOf(root, path);
  return child(parent, token, path);
}

function add(root: { value: unknown }, path: string[], value: unknown): void {
  if (path.length === 0) {
    root.value = value;
    return;
  }
  const { parent, token } = parentOf(root, path);
  if (Array.isArray(parent)) {
    const index = token === '-' ? parent.length : arrayIndex(token, parent.length, true);
    parent.splice(index, 0, value);
  } else if (isObject(parent)) {
    parent[token] = value;
  } else {
    throw new PatchFailure(`cannot add to ${JSON.stringify(toPointer(path.slice(0, -1)))}: it is ${describe(parent)}, not an object or a list`);
  }
}

/** Removes the value at `path` and returns it. */
function remove(root: { value: unknown }, path: string[]): unknown {
  if (path.length === 0) throw new PatchFailure('cannot remove the whole document');
  const { parent, token } = parentOf(root, path);
  if (Array.isArray(parent)) {
    return parent.splice(arrayIndex(token, parent.length, false), 1)[0];
  }
  if (isObject(parent) && Object.hasOwn(parent, token)) {
    const value = parent[token];
    delete parent[token];
    return value;
  }
  throw new PatchFailure(`path ${JSON.stringify(toPointer(path))} does not exist`);
}

/**
 * A list index token: decimal digits without leading zeros, below `length` (or equal to it
 * where an add may insert at the end).
 */
function arrayIndex(token: string, length: number, endAllowed: boolean): number {
  if (!/^(0|[1-9][0-9]*)$/.test(token)) throw new PatchFailure(`${JSON.stringify(token)} is not a list index`);
  const index = Number(token);
  if (index > length || (index === length && !endAllowed)) {
    throw new PatchFailure(`list index ${index} is out of range (the list has ${length} element${length === 1 ? '' : 's'})`);
  }
  return index;
}

function toPointer(path: string[]): string {
  return path.map((t) => `/${t.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  return `a ${typeof value}`;
}

/** JSON equality as RFC 6902 `test` defines it: objects regardless of key order, lists in order. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => jsonEqual(v, b[i]));
  if (isObject(a) && isObject(b)) {
    const ak = Object.keys(a);
    return ak.length === Object.keys(b).length && ak.every((k) => Object.hasOwn(b, k) && jsonEqual(a[k], b[k]));
  }
  return false;
}
