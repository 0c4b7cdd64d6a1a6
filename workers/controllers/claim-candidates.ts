/**
 * What one sync of an owner reads before claiming (replicaset-ownership.ts): the objects its
 * selector matches (orphans it may adopt) and the objects it controls (kept while they match,
 * released when they stop). Kubernetes' controllers take both from an informer cache; here each
 * is one list the database filters, so a sync reads its own few pods, not the 150,000 others
 * of a namespace.
 */
import type { KindName, KObject } from '../../server/kinds/types.ts';
import type { LabelSelector } from '../../server/selectors/label-selector.ts';
import type { ObjectReader } from '../controller-store.ts';

/**
 * The objects of `kind` in `owner`'s namespace that `owner` may claim: those `selector` matches
 * and those `owner` controls, each once (at the later version when the two lists saw it at two),
 * by name.
 */
export async function listClaimCandidates(store: Pick<ObjectReader, 'list'>, kind: KindName, owner: KObject, selector: LabelSelector): Promise<KObject[]> {
  const namespace = owner.metadata.namespace;
  const uid = owner.metadata.uid;
  // A selector with no requirements selects everything unless it is the one that selects
  // nothing (a missing structured selector), whose string form would read as everything.
  const selectsNothing = selector.requirements.length === 0 && !selector.isEmpty();
  const [matching, owned] = await Promise.all([
    selectsNothing ? [] : store.list(kind, { namespace, labelSelector: selector.toString() }).then((r) => r.items),
    uid ? store.list(kind, { namespace, controllerUid: uid }).then((r) => r.items) : [],
  ]);
  const byUid = new Map<string, KObject>();
  for (const obj of [...matching, ...owned]) {
    const key = obj.metadata.uid ?? obj.metadata.name;
    const seen = byUid.get(key);
    if (!seen || BigInt(obj.metadata.resourceVersion ?? '0') > BigInt(seen.metadata.resourceVersion ?? '0')) byUid.set(key, obj);
  }
  return [...byUid.values()].sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0));
}
