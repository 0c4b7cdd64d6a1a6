/**
 * Strategic merge patch, as the Kubernetes API server applies it (apimachinery's
 * `strategicpatch.StrategicMergeMapPatch`) to what `kubectl apply`, `edit`, `label`,
 * `annotate`, `rollout restart` and `patch --type strategic` send. strategic-merge.kubectl.test.ts
 * checks it against kubectl's own implementation.
 *
 * Maps merge recursively and `null` deletes a key. A list merges only where its field declares
 * `patchStrategy:"merge"` (see patch-meta.ts): lists of maps element by element on the merge
 * key, lists of scalars as a set; every other list is replaced. Directives:
 * - `$patch: replace | delete` in a map replaces it whole or empties it (Kubernetes rejects
 *   `merge` there, and so does this). In a merged list, an element `{$patch: delete, <key>: …}`
 *   removes that element and `{$patch: replace}` makes the rest of the patch list the list.
 * - `$retainKeys: [...]` clears the fields of the map the list does not name.
 * - `$setElementOrder/<field>: [...]` gives the order of the merged list.
 * - `$deleteFromPrimitiveList/<field>: [...]` removes values from a merged list of scalars.
 */
import { CapstanError } from '../../errors.ts';
import type { KObject } from '../../kinds/types.ts';
import { jsonEqual } from '../../store/merge-patch.ts';
import { fieldMeta, patchMetaFor, type FieldPatchMeta, type PatchMetaTable } from './patch-meta.ts';

type Json = Record<string, unknown>;

const DIRECTIVE = '$patch';
const RETAIN_KEYS = '$retainKeys';
const SET_ELEMENT_ORDER = '$setElementOrder/';
const DELETE_FROM_PRIMITIVE_LIST = '$deleteFromPrimitiveList/';

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const join = (path: string, key: string) => (path ? `${path}.${key}` : key);
const invalid = (message: string) => new CapstanError('INVALID', `strategic merge patch: ${message}`);

/**
 * Applies a strategic merge patch to `original` with the merge rules of `original.kind`, and
 * returns the result; neither argument is changed. Throws CapstanError INVALID for a patch
 * Kubernetes would reject (a bad directive, a list element without its merge key, …).
 */
export function applyStrategicMergePatch(original: KObject, patch: unknown): KObject {
  if (!isObject(patch)) throw invalid('the patch must be a JSON object');
  const merge = new Merger(patchMetaFor(original.kind));
  return merge.map(structuredClone(original) as Json, structuredClone(patch), '') as KObject;
}

/** Merges with one kind's table; works in place on its (already copied) arguments. */
class Merger {
  constructor(private readonly table: PatchMetaTable) {}

  private meta(path: string): FieldPatchMeta {
    return fieldMeta(this.table, path) ?? {};
  }

  map(original: Json, patch: Json, path: string): Json {
    if (Object.hasOwn(patch, DIRECTIVE)) {
      const directive = patch[DIRECTIVE];
      delete patch[DIRECTIVE];
      if (directive === 'replace') return this.fresh(patch, path) as Json;
      if (directive === 'delete') return {};
      // Kubernetes accepts only replace and delete in a map ("merge" is the default, never sent).
      throw invalid(`unknown patch type ${JSON.stringify(directive)} in map at ${path || 'the object root'}`);
    }
    this.retainKeys(original, patch, path);
    this.setElementOrders(original, patch, path);

    for (const [rawKey, patchValue] of Object.entries(patch)) {
      if (rawKey.startsWith(SET_ELEMENT_ORDER)) continue;
      if (rawKey.startsWith(DELETE_FROM_PRIMITIVE_LIST)) {
        const key = rawKey.slice(DELETE_FROM_PRIMITIVE_LIST.length);
        const have = original[key];
        if (!Array.isArray(patchValue)) throw invalid(`${rawKey} at ${path || 'the object root'} must be a list`);
        if (Array.isArray(have)) original[key] = have.filter((v) => !patchValue.some((d) => jsonEqual(d, v)));
        continue;
      }
      const key = rawKey;
      const childPath = join(path, key);
      if (patchValue === null) {
        delete original[key];
        continue;
      }
      const have = original[key];
      if (isObject(have) && isObject(patchValue)) {
        original[key] = this.meta(childPath).strategy === 'replace' ? this.fresh(patchValue, childPath) : this.map(have, patchValue, childPath);
      } else if (Array.isArray(have) && Array.isArray(patchValue)) {
        original[key] = this.list(have, patchValue, childPath);
      } else {
        original[key] = this.fresh(patchValue, childPath);
      }
    }
    return original;
  }

  /** A patch value with nothing to merge into: its directives applied to nothing and its nulls dropped. */
  private fresh(value: unknown, path: string): unknown {
    if (isObject(value)) return this.map({}, value, path);
    if (Array.isArray(value)) return this.list([], value, path);
    return value;
  }

  private retainKeys(original: Json, patch: Json, path: string): void {
    if (!Object.hasOwn(patch, RETAIN_KEYS)) return;
    const retain = patch[RETAIN_KEYS];
    delete patch[RETAIN_KEYS];
    if (!Array.isArray(retain)) throw invalid(`$retainKeys at ${path || 'the object root'} must be a list`);
    const keep = new Set(retain);
    for (const [key, value] of Object.entries(patch)) {
      if (value === null || key.startsWith(SET_ELEMENT_ORDER) || key.startsWith(DELETE_FROM_PRIMITIVE_LIST)) continue;
      if (!keep.has(key)) throw invalid(`invalid patch format of retainKeys at ${path || 'the object root'}: "${key}" is set but not in $retainKeys`);
    }
    for (const key of Object.keys(original)) if (!keep.has(key)) delete original[key];
  }

  /**
   * `$setElementOrder/<field>`: merges the field's patch list now and orders the result: the
   * elements the directive names in its order, the others (only the server has them) where
   * they were relative to those.
   */
  private setElementOrders(original: Json, patch: Json, path: string): void {
    for (const [directiveKey, order] of Object.entries(patch)) {
      if (!directiveKey.startsWith(SET_ELEMENT_ORDER)) continue;
      const key = directiveKey.slice(SET_ELEMENT_ORDER.length);
      const childPath = join(path, key);
      if (!Array.isArray(order)) throw invalid(`${directiveKey} at ${path || 'the object root'} must be a list`);
      const have = Array.isArray(original[key]) ? (original[key] as unknown[]) : [];
      const patchList = Array.isArray(patch[key]) ? (patch[key] as unknown[]) : [];
      const mergeKey = this.meta(childPath).mergeKey;
      checkOrderMatchesPatch(patchList, order, mergeKey, directiveKey);
      if (have.length === 0 && patchList.length === 0) continue;
      const merged = patchList.length > 0 ? this.list(have, patchList, childPath) : have;
      const inOrder = (item: unknown) => indexOf(order, item, mergeKey) >= 0;
      original[key] = normalizeOrder(merged.filter(inOrder), merged.filter((i) => !inOrder(i)), order, have, mergeKey);
      delete patch[key];
    }
  }

  list(original: unknown[], patch: unknown[], path: string): unknown[] {
    const meta = this.meta(path);
    if (meta.strategy !== 'merge') return patch.map((item) => this.fresh(item, path));
    if (original.length === 0 && patch.length === 0) return original;
    const all = [...original, ...patch];
    if (all.some(Array.isArray)) throw invalid(`${path}: lists of lists cannot be merged`);
    const maps = all.filter(isObject).length;
    if (maps > 0 && maps < all.length) throw invalid(`${path}: a merged list must hold only maps or only scalars`);
    if (maps === 0) {
      const merged: unknown[] = [];
      for (const v of all) if (!merged.some((m) => jsonEqual(m, v))) merged.push(v);
      const inPatch = (v: unknown) => patch.some((p) => jsonEqual(p, v));
      return normalizeOrder(merged.filter(inPatch), merged.filter((v) => !inPatch(v)), patch, original, undefined);
    }
    const mergeKey = meta.mergeKey;
    if (!mergeKey) throw invalid(`cannot merge lists without merge key for ${path}`);
    let base = original as Json[];
    let items: Json[] = [];
    let replace = false;
    for (const element of patch as Json[]) {
      if (!Object.hasOwn(element, DIRECTIVE)) {
        items.push(element);
        continue;
      }
      const directive = element[DIRECTIVE];
      if (directive === 'delete') {
        if (!Object.hasOwn(element, mergeKey)) throw noMergeKey(element, mergeKey, path);
        base = base.filter((e) => !jsonEqual(e[mergeKey], element[mergeKey]));
      } else if (directive === 'replace') {
        replace = true;
      } else if (directive === 'merge') {
        throw invalid(`${path}: merging lists cannot yet be specified in the patch`);
      } else {
        throw invalid(`unknown patch type ${JSON.stringify(directive)} in list ${path}`);
      }
    }
    if (replace) {
      base = items.map((e) => this.fresh(e, path) as Json);
      items = [];
    }
    const merged = [...base];
    for (const element of items) {
      if (!Object.hasOwn(element, mergeKey)) throw noMergeKey(element, mergeKey, path);
      const at = merged.findIndex((e) => isObject(e) && jsonEqual(e[mergeKey], element[mergeKey]));
      if (at >= 0) merged[at] = this.map(merged[at]!, element, path);
      else merged.push(this.fresh(element, path) as Json);
    }
    const inPatch = (e: Json) => indexOf(items, e, mergeKey) >= 0;
    return normalizeOrder(merged.filter(inPatch), merged.filter((e) => !inPatch(e)), items, base, mergeKey);
  }
}

function noMergeKey(element: Json, mergeKey: string, path: string): CapstanError {
  return invalid(`${path}: map ${JSON.stringify(element)} does not contain declared merge key: ${mergeKey}`);
}

/** Where `item` is in `list`: by the merge key for maps, by value for scalars; -1 when absent. */
function indexOf(list: readonly unknown[], item: unknown, mergeKey: string | undefined): number {
  if (mergeKey === undefined) return list.findIndex((v) => jsonEqual(v, item));
  if (!isObject(item)) return -1;
  return list.findIndex((v) => isObject(v) && Object.hasOwn(v, mergeKey) && jsonEqual(v[mergeKey], item[mergeKey]));
}

/**
 * Kubernetes' `normalizeElementOrder`: the patch's elements in `patchOrder`, the server-only
 * elements in `serverOrder`, then interleaved so that each server-only element stays before the
 * first patch element that came after it on the server. Elements named with `$patch: delete`
 * in either order list are dropped.
 */
function normalizeOrder<T>(patchItems: T[], serverOnly: T[], patchOrder: readonly unknown[], serverOrder: readonly unknown[], mergeKey: string | undefined): T[] {
  const byOrder = (order: readonly unknown[]) => (a: T, b: T) => indexOf(order, a, mergeKey) - indexOf(order, b, mergeKey);
  const right = [...patchItems].sort(byOrder(patchOrder));
  const left = [...serverOnly].sort(byOrder(serverOrder));
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length || j < right.length) {
    if (j >= right.length) out.push(left[i++]!);
    else if (i >= left.length) out.push(right[j++]!);
    else {
      const li = indexOf(serverOrder, left[i], mergeKey);
      const ri = indexOf(serverOrder, right[j], mergeKey);
      out.push(li >= 0 && ri >= 0 && li < ri ? left[i++]! : right[j++]!);
    }
  }
  if (mergeKey === undefined) return out;
  const deleted = [...patchOrder, ...serverOrder].filter((e) => isObject(e) && e[DIRECTIVE] === 'delete');
  return out.filter((e) => indexOf(deleted, e, mergeKey) < 0);
}

/** The patch list's elements must appear in `$setElementOrder` in the same relative order. */
function checkOrderMatchesPatch(patchList: unknown[], order: unknown[], mergeKey: string | undefined, directiveKey: string): void {
  if (patchList.length === 0 || order.length === 0) return;
  const items = patchList.filter((e) => !(isObject(e) && Object.hasOwn(e, DIRECTIVE)));
  let p = 0;
  for (let o = 0; p < items.length && o < order.length; o++) {
    if (indexOf([order[o]], items[p], mergeKey) === 0) p++;
  }
  if (p < items.length) throw invalid(`the order in the patch list ${JSON.stringify(patchList)} does not match the ${directiveKey} list ${JSON.stringify(order)}`);
}
