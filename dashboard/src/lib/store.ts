/**
 * Every watched object, per kind, keyed by uid. Watch events are queued and applied once per
 * animation frame: a burst of 1,000 pod events costs one render, not 1,000. Each kind has a
 * version that moves when a flush changed it; views read a kind's items as one array that is
 * rebuilt only when its version moved, and objects that did not change keep their identity (so
 * memoised rows do not re-render).
 */
import type { K8sObject, Kind } from './kinds.ts';

type Change = { kind: Kind; op: 'put' | 'delete'; object: K8sObject } | { kind: Kind; op: 'replace'; objects: K8sObject[] };

interface KindState {
  byUid: Map<string, K8sObject>;
  /** namespace/name → uid */
  byName: Map<string, string>;
  version: number;
  /** The initial list has arrived (the watch's first BOOKMARK). */
  synced: boolean;
  items: K8sObject[] | null;
}

const nameKey = (o: K8sObject) => `${o.metadata.namespace ?? ''}/${o.metadata.name}`;

/** Schedules a flush on the next frame; a hidden tab gets no frames, so it falls back to a timer. */
function nextFrame(fn: () => void): void {
  if (typeof document !== 'undefined' && document.visibilityState === 'visible' && typeof requestAnimationFrame === 'function') requestAnimationFrame(fn);
  else setTimeout(fn, 50);
}

export class ObjectStore {
  private readonly kinds = new Map<Kind, KindState>();
  private queue: Change[] = [];
  private scheduled = false;
  private readonly listeners = new Set<() => void>();
  /** Events applied so far, for the status bar and for tests. */
  applied = 0;

  private state(kind: Kind): KindState {
    let s = this.kinds.get(kind);
    if (!s) {
      s = { byUid: new Map(), byName: new Map(), version: 0, synced: false, items: null };
      this.kinds.set(kind, s);
    }
    return s;
  }

  put(kind: Kind, object: K8sObject): void {
    this.enqueue({ kind, op: 'put', object });
  }

  delete(kind: Kind, object: K8sObject): void {
    this.enqueue({ kind, op: 'delete', object });
  }

  /** The result of a (re-)list: exactly these objects, nothing else. */
  replace(kind: Kind, objects: K8sObject[]): void {
    this.enqueue({ kind, op: 'replace', objects });
  }

  private enqueue(change: Change): void {
    this.queue.push(change);
    if (!this.scheduled) {
      this.scheduled = true;
      nextFrame(() => this.flush());
    }
  }

  /** Applies every queued change, then tells the views once. */
  flush(): void {
    this.scheduled = false;
    const queue = this.queue;
    this.queue = [];
    const touched = new Set<KindState>();
    for (const c of queue) {
      const s = this.state(c.kind);
      touched.add(s);
      if (c.op === 'replace') {
        s.byUid.clear();
        s.byName.clear();
        for (const o of c.objects) {
          s.byUid.set(o.metadata.uid, o);
          s.byName.set(nameKey(o), o.metadata.uid);
        }
        s.synced = true;
      } else if (c.op === 'put') {
        const old = s.byName.get(nameKey(c.object));
        // A re-created object has a new uid under the same name.
        if (old && old !== c.object.metadata.uid) s.byUid.delete(old);
        s.byUid.set(c.object.metadata.uid, c.object);
        s.byName.set(nameKey(c.object), c.object.metadata.uid);
      } else {
        s.byUid.delete(c.object.metadata.uid);
        if (s.byName.get(nameKey(c.object)) === c.object.metadata.uid) s.byName.delete(nameKey(c.object));
      }
      this.applied++;
    }
    if (touched.size === 0) return;
    for (const s of touched) {
      s.version++;
      s.items = null;
    }
    for (const l of this.listeners) l();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  version(kind: Kind): number {
    return this.state(kind).version;
  }

  synced(kind: Kind): boolean {
    return this.state(kind).synced;
  }

  items(kind: Kind): K8sObject[] {
    const s = this.state(kind);
    if (!s.items) s.items = [...s.byUid.values()];
    return s.items;
  }

  get(kind: Kind, namespace: string | null | undefined, name: string): K8sObject | undefined {
    const s = this.state(kind);
    const uid = s.byName.get(`${namespace ?? ''}/${name}`);
    return uid ? s.byUid.get(uid) : undefined;
  }

  count(kind: Kind): number {
    return this.state(kind).byUid.size;
  }
}
