/**
 * Which Services select a pod, answered without I/O: `keysFor` is synchronous, so the endpoints
 * controller keeps the selectors of Services in memory, as Kubernetes' informer cache does. It
 * is fed by the Service events the dispatcher passes through `keysFor` and by full lists
 * (`listKeys` at every resync, and each namespace fan-out reconcile). Entries are versioned by
 * revision, so an event older than what a list already showed never rolls an entry back.
 *
 * Until a list has covered a namespace the index does not know it, and the controller falls
 * back to a namespace-wide key (every Service of the namespace is reconciled).
 */
import type { KObject } from '../../server/kinds/types.ts';
import type { LogEvent } from '../../server/store/types.ts';

interface Entry {
  revision: bigint;
  /** null: deleted, or a Service without selector (the controller leaves it alone). */
  selector: Record<string, string> | null;
}

function selectorOf(svc: KObject): Record<string, string> | null {
  const s = svc.spec?.selector;
  if (s === undefined || s === null || svc.spec?.type === 'ExternalName') return null;
  return s;
}

export function selectorMatches(selector: Record<string, string>, labels: Record<string, string> | undefined): boolean {
  for (const [k, v] of Object.entries(selector)) if ((labels ?? {})[k] !== v) return false;
  return true;
}

export class ServiceSelectorIndex {
  private readonly byNamespace = new Map<string, Map<string, Entry>>();
  /** Revision of the last list of every namespace, and of lists of single namespaces. */
  private allListedAt: bigint | null = null;
  private readonly listedAt = new Map<string, bigint>();

  private listedRevision(ns: string): bigint | null {
    const one = this.listedAt.get(ns);
    if (one === undefined) return this.allListedAt;
    return this.allListedAt === null || one > this.allListedAt ? one : this.allListedAt;
  }

  private set(ns: string, name: string, entry: Entry): void {
    let m = this.byNamespace.get(ns);
    if (!m) this.byNamespace.set(ns, (m = new Map()));
    const cur = m.get(name);
    if (cur && cur.revision >= entry.revision) return;
    m.set(name, entry);
  }

  /** A Service event from the log. */
  observe(e: LogEvent): void {
    const m = this.byNamespace.get(e.namespace);
    const listed = this.listedRevision(e.namespace);
    // Absent from a list taken after this event: the Service was deleted before that list.
    if (!m?.has(e.name) && listed !== null && e.revision <= listed) return;
    this.set(e.namespace, e.name, { revision: e.revision, selector: e.type === 'DELETED' ? null : selectorOf(e.object) });
  }

  /** Every Service of `namespace` (or of the cluster, namespace undefined) as of `revision`. */
  load(items: KObject[], revision: bigint, namespace?: string): void {
    const seen = new Set<string>();
    for (const svc of items) {
      const ns = svc.metadata.namespace!;
      seen.add(`${ns}/${svc.metadata.name}`);
      this.set(ns, svc.metadata.name, { revision: BigInt(svc.metadata.resourceVersion ?? '0'), selector: selectorOf(svc) });
    }
    for (const [ns, m] of this.byNamespace) {
      if (namespace !== undefined && ns !== namespace) continue;
      for (const [name, entry] of m) if (!seen.has(`${ns}/${name}`) && entry.revision <= revision) m.set(name, { revision, selector: null });
    }
    if (namespace === undefined) this.allListedAt = revision;
    else this.listedAt.set(namespace, revision);
  }

  /** Names of the Services of `ns` selecting any of the label sets; undefined when `ns` is unknown. */
  servicesSelecting(ns: string, labelSets: (Record<string, string> | undefined)[]): string[] | undefined {
    if (this.listedRevision(ns) === null) return undefined;
    const out: string[] = [];
    for (const [name, entry] of this.byNamespace.get(ns) ?? []) {
      if (entry.selector && labelSets.some((labels) => selectorMatches(entry.selector!, labels))) out.push(name);
    }
    return out;
  }
}
