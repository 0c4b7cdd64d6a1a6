/**
 * Sets of field paths, as server-side apply records ownership, and their wire form FieldsV1
 * (`metadata.managedFields[].fieldsV1`): a tree whose keys are path elements — `f:<field>`,
 * `k:<json key>` for an element of a keyed list, `v:<json value>` for an element of a set,
 * `i:<index>` — with `{}` for a member leaf and `".": {}` for a member that also has children.
 */

/** One path element in FieldsV1 spelling (`f:spec`, `k:{"name":"web"}`, `v:"x"`). */
export type PathElement = string;
export type FieldPath = readonly PathElement[];

// Path elements never hold a raw newline (JSON escapes it), so it can join them into a key.
const SEPARATOR = '\n';
type FieldsV1 = { [element: string]: FieldsV1 };

/** An immutable-by-convention set of field paths. */
export class FieldSet {
  private readonly paths = new Map<string, FieldPath>();

  constructor(paths: Iterable<FieldPath> = []) {
    for (const p of paths) this.insert(p);
  }

  insert(path: FieldPath): void {
    this.paths.set(path.join(SEPARATOR), path);
  }

  has(path: FieldPath): boolean {
    return this.paths.has(path.join(SEPARATOR));
  }

  get size(): number {
    return this.paths.size;
  }

  /** The members `keep` accepts, as a new set. */
  filter(keep: (path: FieldPath) => boolean): FieldSet {
    const out = new FieldSet();
    for (const [key, path] of this.paths) if (keep(path)) out.paths.set(key, path);
    return out;
  }

  /** Every member, in FieldsV1 order (parents before children, siblings sorted). */
  members(): FieldPath[] {
    return [...this.paths.values()].sort(comparePaths);
  }

  union(other: FieldSet): FieldSet {
    const out = new FieldSet();
    for (const [key, path] of this.paths) out.paths.set(key, path);
    for (const [key, path] of other.paths) out.paths.set(key, path);
    return out;
  }

  intersection(other: FieldSet): FieldSet {
    const out = new FieldSet();
    for (const [key, path] of this.paths) if (other.paths.has(key)) out.paths.set(key, path);
    return out;
  }

  difference(other: FieldSet): FieldSet {
    const out = new FieldSet();
    for (const [key, path] of this.paths) if (!other.paths.has(key)) out.paths.set(key, path);
    return out;
  }

  equals(other: FieldSet): boolean {
    if (this.size !== other.size) return false;
    for (const key of this.paths.keys()) if (!other.paths.has(key)) return false;
    return true;
  }

  /** Whether some member lies strictly inside `path`. */
  hasDescendantOf(path: FieldPath): boolean {
    for (const p of this.paths.values()) if (p.length > path.length && path.every((e, i) => p[i] === e)) return true;
    return false;
  }

  /** The FieldsV1 tree of this set. */
  toFieldsV1(): FieldsV1 {
    const root: FieldsV1 = {};
    const memberNodes = new Set<FieldsV1>();
    for (const path of this.paths.values()) {
      let node = root;
      for (const element of path) node = node[element] ??= {};
      memberNodes.add(node);
    }
    const finish = (node: FieldsV1): FieldsV1 => {
      const keys = Object.keys(node).sort(compareElements);
      const out: FieldsV1 = {};
      if (memberNodes.has(node) && keys.length > 0) out['.'] = {};
      for (const key of keys) out[key] = finish(node[key]!);
      return out;
    };
    return finish(root);
  }

  /** Reads a FieldsV1 tree; anything that is not one reads as the empty set. */
  static fromFieldsV1(tree: unknown): FieldSet {
    const set = new FieldSet();
    const walk = (node: unknown, path: PathElement[]) => {
      if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
      const entries = Object.entries(node as Record<string, unknown>);
      if (entries.length === 0 && path.length > 0) set.insert(path);
      for (const [key, child] of entries) {
        if (key === '.') set.insert(path);
        else walk(child, [...path, key]);
      }
    };
    walk(tree, []);
    return set;
  }
}

/** Kubernetes' display of a path in conflict messages: `.spec.containers[name="web"].image`. */
export function formatPath(path: FieldPath): string {
  return path
    .map((element) => {
      const rest = element.slice(2);
      switch (element.slice(0, 2)) {
        case 'f:':
          return `.${rest}`;
        case 'k:': {
          const key = JSON.parse(rest) as Record<string, unknown>;
          return `[${Object.entries(key)
            .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
            .join(',')}]`;
        }
        case 'v:':
          return `[=${rest}]`;
        case 'i:':
          return `[${rest}]`;
        default:
          return element;
      }
    })
    .join('');
}

// structured-merge-diff orders field names before keys, keys before values, values before indexes.
const KIND_ORDER: Record<string, number> = { 'f:': 0, 'k:': 1, 'v:': 2, 'i:': 3 };

function compareElements(a: string, b: string): number {
  const ka = KIND_ORDER[a.slice(0, 2)] ?? 4;
  const kb = KIND_ORDER[b.slice(0, 2)] ?? 4;
  if (ka !== kb) return ka - kb;
  if (ka === 3) return Number(a.slice(2)) - Number(b.slice(2));
  return a < b ? -1 : a > b ? 1 : 0;
}

function comparePaths(a: FieldPath, b: FieldPath): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compareElements(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}
