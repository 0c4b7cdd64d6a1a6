/**
 * Controller ownership, as Kubernetes' ControllerRefManager: an owner claims the objects its
 * selector matches (adopting orphans) and releases the ones it owns that no longer match. Used
 * by the ReplicaSet controller for pods and by the Deployment controller for ReplicaSets.
 *
 * And the index that lets `keysFor` find the owners that may adopt an orphan: `keysFor` is
 * synchronous and has no store, so each controller keeps its owners' selectors from the events
 * it sees and from each `listKeys` (the dispatcher's full and periodic resyncs).
 */
import type { ControllerStore } from '../controller-store.ts';
import { CapstanError } from '../../server/errors.ts';
import type { KindName, KObject } from '../../server/kinds/types.ts';
import type { LabelSelector } from '../../server/selectors/label-selector.ts';
import { selectorFromLabelSelectorObject } from '../../server/selectors/label-selector-object.ts';
import type { LogEvent } from '../../server/store/types.ts';
import { controllerRefOf, controllerRefTo } from './pod-control.ts';

/** A lost optimistic write or a vanished object: the change that caused it enqueues us again. */
function isStale(err: unknown): boolean {
  return err instanceof CapstanError && (err.code === 'CONFLICT' || err.code === 'NOT_FOUND');
}

/**
 * The candidates `owner` controls after adopting matching orphans and releasing owned objects
 * that no longer match. Adoption and release are optimistic (resourceVersion preconditions): an
 * object that changed meanwhile is left for the next reconcile, which its change triggers.
 */
export async function claimObjects(store: ControllerStore, kind: KindName, owner: KObject, selector: LabelSelector, candidates: KObject[]): Promise<KObject[]> {
  const ownerUid = owner.metadata.uid;
  const ownerDeleting = !!owner.metadata.deletionTimestamp;
  const owned: KObject[] = [];
  for (const obj of candidates) {
    const ref = controllerRefOf(obj);
    const matches = selector.matches(obj.metadata.labels);
    const ns = obj.metadata.namespace;
    const opts = { resourceVersion: obj.metadata.resourceVersion };
    try {
      if (ref) {
        if (ref.uid !== ownerUid) continue;
        if (matches || ownerDeleting) {
          owned.push(obj);
          continue;
        }
        await store.update(kind, ns, obj.metadata.name, (cur) => withoutOwner(cur, ownerUid!), opts);
      } else {
        if (!matches || ownerDeleting || obj.metadata.deletionTimestamp) continue;
        owned.push(await store.update(kind, ns, obj.metadata.name, (cur) => withControllerRef(cur, owner), opts));
      }
    } catch (err) {
      if (!isStale(err)) throw err;
    }
  }
  return owned;
}

function withoutOwner(obj: KObject, uid: string): KObject {
  const refs = (obj.metadata.ownerReferences ?? []).filter((r) => r.uid !== uid);
  const { ownerReferences: _, ...rest } = obj.metadata;
  return { ...obj, metadata: refs.length > 0 ? { ...rest, ownerReferences: refs } : rest };
}

function withControllerRef(obj: KObject, owner: KObject): KObject {
  const others = (obj.metadata.ownerReferences ?? []).filter((r) => r.uid !== owner.metadata.uid);
  return { ...obj, metadata: { ...obj.metadata, ownerReferences: [...others, controllerRefTo(owner)] } };
}

/** Selectors of every owner of one kind, by namespace, for finding who may adopt an orphan. */
export class SelectorIndex {
  private readonly byNamespace = new Map<string, Map<string, LabelSelector>>();

  /** `selectorOf` reads an owner's selector (default: the structured `spec.selector`). */
  constructor(private readonly selectorOf: (owner: KObject) => LabelSelector = (o) => selectorFromLabelSelectorObject(o.spec?.selector)) {}

  /** Keeps the index current with one event about an owner. */
  observe(event: LogEvent): void {
    if (event.type === 'DELETED') this.forget(event.namespace, event.name);
    else this.remember(event.object);
  }

  /** Replaces everything with a full list (from listKeys). */
  replaceAll(owners: KObject[]): void {
    this.byNamespace.clear();
    for (const o of owners) this.remember(o);
  }

  /** Names of the owners in `namespace` whose selector matches `labels`. */
  matching(namespace: string, labels: Record<string, string> | undefined): string[] {
    const owners = this.byNamespace.get(namespace);
    if (!owners) return [];
    return [...owners].filter(([, sel]) => sel.matches(labels)).map(([name]) => name);
  }

  private remember(owner: KObject): void {
    const ns = owner.metadata.namespace ?? '';
    let selector: LabelSelector;
    try {
      selector = this.selectorOf(owner);
    } catch {
      return; // stored objects are validated; a bad selector simply adopts nothing
    }
    let owners = this.byNamespace.get(ns);
    if (!owners) this.byNamespace.set(ns, (owners = new Map()));
    owners.set(owner.metadata.name, selector);
  }

  private forget(namespace: string, name: string): void {
    this.byNamespace.get(namespace)?.delete(name);
  }
}
