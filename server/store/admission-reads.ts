/**
 * The reads admission makes on creates: a pod's ServiceAccount (automountServiceAccountToken)
 * and PriorityClass, a claim's default StorageClass. Kubernetes' admission plugins read these
 * from informer caches; here each was a database round trip per create (one pod create cost
 * two reads beside its write, ~30 % of pod-create throughput). They are kept for `ttlMs`
 * (default 1 s). A write of a cached kind through this process drops that kind's entries when
 * it commits, so one API server always admits against its own writes; a change made through
 * another API server is seen within ttlMs, as an informer's delay. A failed read is not kept.
 */
import type { KindName, KObject } from '../kinds/types.ts';

/** Kinds whose reads admission caches. */
export const ADMISSION_CACHED_KINDS: ReadonlySet<string> = new Set<KindName>(['ServiceAccount', 'PriorityClass', 'StorageClass']);

export interface AdmissionReadSource {
  get(kind: KindName, namespace: string | undefined, name: string): Promise<KObject | null>;
  listCurrent(kind: KindName): Promise<KObject[]>;
}

interface Entry<T> {
  at: number;
  value: Promise<T>;
}

export class AdmissionReads implements AdmissionReadSource {
  private readonly gets = new Map<string, Entry<KObject | null>>();
  private readonly lists = new Map<string, Entry<KObject[]>>();

  constructor(
    private readonly source: AdmissionReadSource,
    private readonly ttlMs = 1_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(kind: KindName, namespace: string | undefined, name: string): Promise<KObject | null> {
    if (!ADMISSION_CACHED_KINDS.has(kind)) return this.source.get(kind, namespace, name);
    return this.cached(this.gets, `${kind}/${namespace ?? ''}/${name}`, () => this.source.get(kind, namespace, name));
  }

  listCurrent(kind: KindName): Promise<KObject[]> {
    if (!ADMISSION_CACHED_KINDS.has(kind)) return this.source.listCurrent(kind);
    return this.cached(this.lists, kind, () => this.source.listCurrent(kind));
  }

  /** Drops what is kept of `kind` (every kind without one): a write of it committed. */
  forget(kind?: string): void {
    if (kind === undefined) {
      this.gets.clear();
      this.lists.clear();
      return;
    }
    if (!ADMISSION_CACHED_KINDS.has(kind)) return;
    this.lists.delete(kind);
    for (const key of this.gets.keys()) if (key.startsWith(`${kind}/`)) this.gets.delete(key);
  }

  private cached<T>(map: Map<string, Entry<T>>, key: string, read: () => Promise<T>): Promise<T> {
    const hit = map.get(key);
    const now = this.now();
    if (hit && now - hit.at < this.ttlMs) return hit.value;
    const value = read();
    const entry = { at: now, value };
    map.set(key, entry);
    // A failure is the caller's to see once; the next create reads again.
    value.catch(() => {
      if (map.get(key) === entry) map.delete(key);
    });
    if (map.size > 10_000) map.delete(map.keys().next().value!);
    return value;
  }
}
