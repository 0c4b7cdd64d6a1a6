/**
 * The schema-aware walks server-side apply needs over an object, with the list types of
 * patch-meta.ts: the set of fields an applied configuration sets (structured-merge-diff's
 * `ToFieldSet`), what changed between two objects (`Compare`), the merge of a configuration
 * into a live object (`Merge`), and removing fields by path.
 */
import { CapstanError } from '../../errors.ts';
import { jsonEqual } from '../../store/merge-patch.ts';
import { FieldSet, formatPath, type FieldPath, type PathElement } from './field-set.ts';
import { fieldMeta, type PatchMetaTable } from './patch-meta.ts';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const join = (metaPath: string, key: string) => (metaPath ? `${metaPath}.${key}` : key);

/**
 * Metadata the server manages: never part of a field set (Kubernetes strips the same before
 * computing ownership), and never taken from an applied configuration.
 */
export const SERVER_MANAGED_METADATA = ['uid', 'resourceVersion', 'generation', 'creationTimestamp', 'deletionTimestamp', 'deletionGracePeriodSeconds', 'managedFields', 'selfLink'];
const UNOWNED: FieldPath[] = [['f:apiVersion'], ['f:kind'], ['f:metadata', 'f:name'], ['f:metadata', 'f:namespace'], ...SERVER_MANAGED_METADATA.map((f) => ['f:metadata', `f:${f}`])];

/**
 * Fields that are plain (non-pointer) structs, or lists without `omitempty`, in the Go types:
 * Kubernetes' typed objects always have them, so a write that fills one does not "add" the
 * struct or list itself, only what is inside.
 */
const ALWAYS_PRESENT = new Set(
  ['', 'spec.template.', 'spec.jobTemplate.spec.template.', 'template.'].flatMap((pod) => [`${pod}metadata`, `${pod}spec`, `${pod}spec.containers`]).concat(
    ['status', 'spec.template', 'spec.strategy', 'spec.updateStrategy', 'spec.jobTemplate', 'spec.jobTemplate.spec', 'spec.jobTemplate.spec.template', 'template', 'roleRef'],
  ),
);

type ListType = { type: 'atomic' } | { type: 'set' } | { type: 'map'; keys: readonly string[]; defaults: Readonly<Record<string, unknown>> };

/** Reads and walks objects of one kind. */
export class ObjectFields {
  constructor(private readonly table: PatchMetaTable) {}

  private listType(metaPath: string): ListType {
    const meta = fieldMeta(this.table, metaPath);
    if (meta?.listType === 'set') return { type: 'set' };
    if (meta?.listType === 'map' && meta.listMapKeys) return { type: 'map', keys: meta.listMapKeys, defaults: meta.keyDefaults ?? {} };
    return { type: 'atomic' };
  }

  private isAtomicMap(metaPath: string): boolean {
    return fieldMeta(this.table, metaPath)?.atomic === true;
  }

  /** The path element of a list item, or undefined when a keyed item lacks a key field. */
  private itemElement(item: unknown, list: ListType): PathElement | undefined {
    if (list.type === 'set') return `v:${JSON.stringify(item)}`;
    if (list.type !== 'map' || !isObject(item)) return undefined;
    const key: Json = {};
    for (const name of [...list.keys].sort()) {
      const value = item[name] ?? list.defaults[name];
      if (value === undefined) return undefined;
      key[name] = value;
    }
    return `k:${JSON.stringify(key)}`;
  }

  /**
   * The elements of a list's items, or undefined when the list must be treated as atomic (a
   * keyed item without its key, or two items with one key). With `strict`, those are errors,
   * as they are in an applied configuration.
   */
  private elements(list: unknown[], listType: ListType, path: FieldPath, strict: boolean): PathElement[] | undefined {
    if (listType.type === 'atomic') return undefined;
    const elements: PathElement[] = [];
    for (const [i, item] of list.entries()) {
      const element = this.itemElement(item, listType);
      const problem =
        element === undefined
          ? `element ${i}: associative list with keys has an element that omits key field(s) ${JSON.stringify(listType.type === 'map' ? listType.keys : [])}`
          : elements.includes(element)
            ? `element ${i}: duplicate entry ${element.slice(2)}`
            : undefined;
      if (problem) {
        if (strict) throw new CapstanError('INVALID', `${formatPath(path)}: ${problem}`);
        return undefined;
      }
      elements.push(element!);
    }
    return elements;
  }

  /** The fields an applied configuration sets: its scalars, atomic values, list items and empty maps. */
  fieldSet(value: unknown): FieldSet {
    const set = new FieldSet();
    const walk = (v: unknown, path: FieldPath, metaPath: string) => {
      if (isObject(v)) {
        if (path.length > 0 && this.isAtomicMap(metaPath)) return set.insert(path);
        for (const [key, child] of Object.entries(v)) {
          if (child === undefined) continue;
          const childPath = [...path, `f:${key}`];
          walk(child, childPath, join(metaPath, key));
          if (child === null || (isObject(child) && Object.keys(child).length === 0)) set.insert(childPath);
        }
      } else if (Array.isArray(v)) {
        const elements = this.elements(v, this.listType(metaPath), path, true);
        if (!elements) return set.insert(path);
        v.forEach((item, i) => {
          const itemPath = [...path, elements[i]!];
          if (isObject(item)) walk(item, itemPath, metaPath);
          set.insert(itemPath);
        });
      } else if (path.length > 0) {
        set.insert(path);
      }
    };
    walk(value, [], '');
    return withoutUnowned(set);
  }

  /** What changed from `before` to `after`, field by field (structured-merge-diff's Compare). */
  compare(before: unknown, after: unknown): { added: FieldSet; modified: FieldSet; removed: FieldSet } {
    const added = new FieldSet();
    const modified = new FieldSet();
    const removed = new FieldSet();
    const walk = (lhs: unknown, rhs: unknown, path: FieldPath, metaPath: string) => {
      if (lhs === undefined && rhs === undefined) return;
      const present = path.length > 0 && path[path.length - 1]!.startsWith('f:') && ALWAYS_PRESENT.has(metaPath);
      if (present && lhs === undefined) lhs = emptyLike(rhs);
      if (present && rhs === undefined) rhs = emptyLike(lhs);
      const granularMap = !this.isAtomicMap(metaPath) || path.length === 0;
      if ((isObject(lhs) || isObject(rhs)) && granularMap) {
        if (lhs !== undefined && rhs !== undefined && !(isObject(lhs) && isObject(rhs))) modified.insert(path);
        const l = isObject(lhs) ? lhs : {};
        const r = isObject(rhs) ? rhs : {};
        for (const key of new Set([...Object.keys(l), ...Object.keys(r)])) walk(l[key], r[key], [...path, `f:${key}`], join(metaPath, key));
      } else if (Array.isArray(lhs) || Array.isArray(rhs)) {
        const listType = this.listType(metaPath);
        const le = Array.isArray(lhs) ? this.elements(lhs, listType, path, false) : [];
        const re = Array.isArray(rhs) ? this.elements(rhs, listType, path, false) : [];
        if (le && re && (Array.isArray(lhs) || lhs === undefined) && (Array.isArray(rhs) || rhs === undefined)) {
          const l = new Map(le.map((e, i) => [e, (lhs as unknown[])[i]]));
          const r = new Map(re.map((e, i) => [e, (rhs as unknown[])[i]]));
          for (const element of new Set([...le, ...re])) walk(l.get(element), r.get(element), [...path, element], metaPath);
        } else if (lhs !== undefined && rhs !== undefined && !jsonEqual(lhs, rhs)) {
          modified.insert(path);
        }
      } else if (lhs !== undefined && rhs !== undefined && !jsonEqual(lhs, rhs)) {
        modified.insert(path);
      }
      if (path.length === 0) return;
      if (lhs === undefined) added.insert(path);
      else if (rhs === undefined) removed.insert(path);
    };
    walk(before ?? {}, after ?? {}, [], '');
    return { added: withoutUnowned(added), modified: withoutUnowned(modified), removed: withoutUnowned(removed) };
  }

  /** `config` merged into `live`: config wins, maps and keyed lists merge, atomic values replace. */
  merge(live: unknown, config: unknown, metaPath = '', path: FieldPath = []): unknown {
    if (config === undefined) return live;
    if (config === null) return undefined;
    if (isObject(live) && isObject(config) && (path.length === 0 || !this.isAtomicMap(metaPath))) {
      const out: Json = { ...live };
      for (const [key, value] of Object.entries(config)) {
        const merged = this.merge(live[key], value, join(metaPath, key), [...path, `f:${key}`]);
        if (merged === undefined) delete out[key];
        else out[key] = merged;
      }
      return out;
    }
    if (Array.isArray(live) && Array.isArray(config)) {
      const listType = this.listType(metaPath);
      const le = this.elements(live, listType, path, false);
      const re = this.elements(config, listType, path, true);
      if (le && re) return this.mergeList(live, le, config, re, metaPath, path);
    }
    return withoutNulls(structuredClone(config));
  }

  /**
   * structured-merge-diff's list merge: the configuration's items in its order, each merged with
   * the live item of the same key; live-only items stay where they were relative to those.
   */
  private mergeList(lhs: unknown[], lKeys: PathElement[], rhs: unknown[], rKeys: PathElement[], metaPath: string, path: FieldPath): unknown[] {
    const lIndex = new Map(lKeys.map((k, i) => [k, lhs[i]]));
    const rIndex = new Map(rKeys.map((k, i) => [k, rhs[i]]));
    const sharedOrder = rKeys.filter((k) => lIndex.has(k));
    let nextShared = sharedOrder.shift();
    const mergedRhs = new Set<PathElement>();
    const out: unknown[] = [];
    const mergeItem = (key: PathElement) => {
      mergedRhs.add(key);
      const merged = this.merge(lIndex.get(key), rIndex.get(key), metaPath, [...path, key]);
      if (merged !== undefined) out.push(merged);
    };
    let lI = 0;
    let rI = 0;
    while (lI < lKeys.length || rI < rKeys.length) {
      if (lI < lKeys.length && rI < rKeys.length) {
        const key = lKeys[lI]!;
        if (key === rKeys[rI]) {
          mergeItem(key);
          lI++;
          rI++;
          nextShared = sharedOrder.shift();
          continue;
        }
        if (rIndex.has(key) && nextShared !== undefined && nextShared !== key) {
          lI++;
          continue;
        }
      }
      if (lI < lKeys.length) {
        const key = lKeys[lI]!;
        if (!rIndex.has(key)) {
          out.push(lhs[lI]);
          lI++;
          continue;
        }
        if (mergedRhs.has(key)) {
          lI++;
          continue;
        }
      }
      if (rI < rKeys.length) {
        const key = rKeys[rI]!;
        mergeItem(key);
        rI++;
        if (nextShared === key) nextShared = sharedOrder.shift();
      }
    }
    return out;
  }

  /**
   * Removes the value at each path of `paths` from `obj` (in place), except where a member of
   * `keep` lies inside it; then drops maps and lists left empty that nobody in `keep` owns.
   */
  remove(obj: Json, paths: FieldSet, keep: FieldSet): void {
    // Parents first: a removed list item goes whole, before its key fields could go one by one.
    for (const path of paths.members()) {
      if (keep.hasDescendantOf(path)) continue;
      this.removeAt(obj, path, keep);
    }
  }

  private removeAt(obj: Json, path: FieldPath, keep: FieldSet): void {
    // Resolve the chain of containers down to the parent of the last element.
    const chain: { container: Json | unknown[]; element: PathElement }[] = [];
    let current: unknown = obj;
    let metaPath = '';
    for (const element of path) {
      if (!(isObject(current) || Array.isArray(current))) return;
      chain.push({ container: current, element });
      const found = this.child(current, element, metaPath);
      if (found === undefined) return;
      if (element.startsWith('f:')) metaPath = join(metaPath, element.slice(2));
      current = found;
    }
    for (let depth = chain.length - 1; depth >= 0; depth--) {
      const { container, element } = chain[depth]!;
      const parentMeta = chain
        .slice(0, depth)
        .filter((c) => c.element.startsWith('f:'))
        .map((c) => c.element.slice(2))
        .join('.');
      if (Array.isArray(container)) {
        const listType = this.listType(parentMeta);
        const at = container.findIndex((item) => this.itemElement(item, listType) === element);
        if (at >= 0) container.splice(at, 1);
      } else {
        // A key field of a list item that stays (someone owns a field in it) stays with it.
        const list = depth > 0 ? chain[depth - 1]!.container : undefined;
        const listType = Array.isArray(list) ? this.listType(parentMeta) : undefined;
        if (listType?.type === 'map' && listType.keys.includes(element.slice(2))) return;
        delete container[element.slice(2)];
      }
      // Walk up only while this left an unowned container empty; never drop a top-level field.
      if (depth <= 1) return;
      const emptied = Array.isArray(container) ? container.length === 0 : Object.keys(container).length === 0;
      const containerPath = path.slice(0, depth);
      if (!emptied || keep.has(containerPath) || keep.hasDescendantOf(containerPath)) return;
    }
  }

  /** The value one path element names in a container; undefined for a path this object lacks. */
  private child(container: Json | unknown[], element: PathElement, metaPath: string): unknown {
    if (Array.isArray(container)) {
      const listType = this.listType(metaPath);
      return container.find((item) => this.itemElement(item, listType) === element);
    }
    return element.startsWith('f:') && Object.hasOwn(container, element.slice(2)) ? container[element.slice(2)] : undefined;
  }
}

function emptyLike(value: unknown): unknown {
  if (isObject(value)) return {};
  if (Array.isArray(value)) return [];
  return undefined;
}

function withoutUnowned(set: FieldSet): FieldSet {
  return set.filter((p) => !UNOWNED.some((u) => u.every((e, i) => p[i] === e)));
}

function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (isObject(value)) return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, withoutNulls(v)]));
  return value;
}
