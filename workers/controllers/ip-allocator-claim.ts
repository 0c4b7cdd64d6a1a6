/**
 * Making a cluster-wide unique choice (a Service's cluster IP and NodePorts, a Node's pod CIDR)
 * stick when several workers allocate at once, with nothing but per-object optimistic writes.
 *
 * Claim, check, commit:
 *   1. pick free values (not committed nor claimed by any other object) and write them as a
 *      claim annotation on the object itself, with its resourceVersion as precondition;
 *   2. list again: if another object now commits or claims one of them, give the claim back
 *      and go round with a fresh pick;
 *   3. otherwise write the values into the spec (dropping the claim), again with the
 *      resourceVersion of step 1 as precondition.
 * Every claim is checked *after* it is written, so of two workers claiming one value the later
 * always sees the earlier one's claim and yields; both may yield (then random picks make a
 * repeat unlikely), but two never both commit, and a duplicate is never published. This
 * matters because cluster IPs and pod CIDRs are immutable once set: a loser could not move.
 * A claim left by a worker that died is taken up by the next reconcile of the same object.
 */
import type { ControllerStore } from '../controller-store.ts';
import { CapstanError } from '../../server/errors.ts';
import type { KindName, KObject } from '../../server/kinds/types.ts';

export interface UniqueClaim {
  kind: KindName;
  /** The annotation holding the claim: a JSON array of tokens like `ip:127.32.0.9`. */
  annotation: string;
  /** Every object of the allocation's scope (for the check); may include `obj` itself. */
  listAll(store: ControllerStore): Promise<KObject[]>;
  /** Tokens an object holds in its spec (committed values). */
  committed(obj: KObject): string[];
  /** Fresh tokens for what `obj` still lacks, none of them in `used`; [] when it lacks nothing. */
  choose(obj: KObject, used: ReadonlySet<string>): string[];
  /** `obj` with the tokens written into its spec. */
  commit(obj: KObject, tokens: string[]): KObject;
}

/** How often a worker goes round after yielding before it gives up (the queue retries it later). */
const MAX_ROUNDS = 8;

export function claimedTokens(obj: KObject, annotation: string): string[] {
  const raw = obj.metadata.annotations?.[annotation];
  if (!raw) return [];
  try {
    const v = JSON.parse(raw);
    return Array.isArray(v) ? v.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
}

function usedByOthers(all: KObject[], self: KObject, c: UniqueClaim): Set<string> {
  const used = new Set<string>();
  for (const o of all) {
    if (o.metadata.uid === self.metadata.uid) continue;
    for (const t of c.committed(o)) used.add(t);
    for (const t of claimedTokens(o, c.annotation)) used.add(t);
  }
  return used;
}

function withClaim(obj: KObject, annotation: string, tokens: string[] | null): KObject {
  const next = structuredClone(obj);
  const annotations = { ...(next.metadata.annotations ?? {}) };
  if (tokens === null) delete annotations[annotation];
  else annotations[annotation] = JSON.stringify(tokens);
  next.metadata.annotations = annotations;
  if (Object.keys(annotations).length === 0) delete next.metadata.annotations;
  return next;
}

/**
 * Gives `obj` the unique values it lacks. Returns the stored object (unchanged when it lacked
 * nothing). Throws CONFLICT when the object changed meanwhile or every round collided; the
 * reconcile is retried.
 */
export async function claimUnique(store: ControllerStore, obj: KObject, c: UniqueClaim): Promise<KObject> {
  const ns = obj.metadata.namespace;
  const name = obj.metadata.name;
  let current = obj;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const used = usedByOthers(await c.listAll(store), current, c);
    // A claim of our own that nobody else holds is still good (a worker died after step 1).
    const own = claimedTokens(current, c.annotation).filter((t) => !used.has(t));
    const reclaimed = own.length > 0 ? c.commit(current, own) : current;
    const fresh = c.choose(reclaimed, new Set([...used, ...c.committed(current)]));
    const tokens = [...own, ...fresh];
    if (tokens.length === 0) return current;
    const claim = withClaim(current, c.annotation, tokens);
    const claimed = await store.update(c.kind, ns, name, () => claim, { resourceVersion: current.metadata.resourceVersion });
    const after = usedByOthers(await c.listAll(store), claimed, c);
    if (tokens.some((t) => after.has(t))) {
      current = await store.update(c.kind, ns, name, (o) => withClaim(o, c.annotation, tokens.filter((t) => !after.has(t))), {
        resourceVersion: claimed.metadata.resourceVersion,
      });
      continue;
    }
    const committed = withClaim(c.commit(claimed, tokens), c.annotation, null);
    return store.update(c.kind, ns, name, () => committed, { resourceVersion: claimed.metadata.resourceVersion });
  }
  throw new CapstanError('CONFLICT', `could not allocate unique values for ${c.kind} ${ns ? `${ns}/` : ''}${name}: every pick collided`);
}
