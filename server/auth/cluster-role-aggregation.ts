/**
 * The ClusterRole aggregation controller (Kubernetes' clusterrole-aggregation-controller): a
 * ClusterRole with an `aggregationRule` gets as its rules those of every other ClusterRole its
 * selectors match, so labelling a new ClusterRole `rbac.authorization.k8s.io/aggregate-to-view:
 * "true"` extends `view` (and, through view's own label, `edit` and `admin`).
 *
 * It runs in every API server: a watch on ClusterRoles from the watch hub enqueues one sync of
 * all aggregated roles (changes are rare and the set is small), which writes only roles whose
 * rules differ, with a resourceVersion precondition; a conflict (another server wrote first, or
 * a role changed meanwhile) just syncs again.
 */
import type { Logger } from 'pino';
import { CapstanError } from '../errors.ts';
import { deepEqual } from '../kinds/deep-equal.ts';
import type { KindName, KObject } from '../kinds/types.ts';
import { selectorFromLabelSelectorObject } from '../selectors/label-selector-object.ts';
import type { ListOptions, ListResult } from '../store/types.ts';
import type { WatchEvent } from '../watch/subscription.ts';
import type { PolicyRule } from './rbac-rules.ts';

/**
 * The rules `target` aggregates from `all`: those of the ClusterRoles any of its selectors
 * match (never itself), in name order, each rule once. Null when `target` aggregates nothing.
 */
export function aggregatedRules(target: KObject, all: readonly KObject[]): PolicyRule[] | null {
  const selectors = target.aggregationRule?.clusterRoleSelectors;
  if (!Array.isArray(selectors)) return null;
  const matchers = selectors.flatMap((s) => {
    try {
      return [selectorFromLabelSelectorObject(s)];
    } catch {
      return []; // validation keeps bad selectors out; an old stored one selects nothing
    }
  });
  const sources = all
    .filter((r) => r.metadata.name !== target.metadata.name && matchers.some((m) => m.matches(r.metadata.labels ?? {})))
    .sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0));
  const rules: PolicyRule[] = [];
  for (const source of sources) {
    for (const rule of (source.rules ?? []) as PolicyRule[]) if (!rules.some((r) => deepEqual(r, rule))) rules.push(rule);
  }
  return rules;
}

export interface ClusterRoleAggregatorStore {
  list(kind: KindName, opts: ListOptions): Promise<ListResult>;
  replace(kind: KindName, namespace: string | undefined, name: string, obj: KObject, opts?: { resourceVersion?: string }): Promise<KObject>;
}

export interface ClusterRoleAggregatorOptions {
  store: ClusterRoleAggregatorStore;
  /** The watch hub's `watch`, for ClusterRole changes. */
  watch(kind: 'ClusterRole', opts: { signal: AbortSignal }): AsyncIterable<WatchEvent>;
  logger?: Logger;
  /** Changes arriving within this time are synced together (default 50 ms). */
  debounceMs?: number;
  /** Wait before watching again after the watch failed (default 1 s). */
  retryMs?: number;
}

export class ClusterRoleAggregator {
  private readonly abort = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  private syncing: Promise<void> = Promise.resolve();
  private running: Promise<void> | undefined;

  constructor(private readonly opts: ClusterRoleAggregatorOptions) {}

  start(): void {
    this.running ??= this.watchLoop();
  }

  async stop(): Promise<void> {
    this.abort.abort();
    clearTimeout(this.timer);
    await this.running;
    await this.syncing;
  }

  /** One pass: every aggregated ClusterRole gets the rules it should have. Returns how many were written. */
  async sync(): Promise<number> {
    const { items } = await this.opts.store.list('ClusterRole', {});
    let written = 0;
    for (const role of items) {
      const rules = aggregatedRules(role, items);
      if (rules === null || deepEqual(rules, role.rules ?? [])) continue;
      try {
        await this.opts.store.replace('ClusterRole', undefined, role.metadata.name, { ...role, rules }, { resourceVersion: role.metadata.resourceVersion });
        written++;
      } catch (err) {
        // Changed or deleted meanwhile: its watch event brings another sync.
        if (!(err instanceof CapstanError && (err.code === 'CONFLICT' || err.code === 'NOT_FOUND'))) throw err;
      }
    }
    if (written > 0) this.opts.logger?.info({ written }, 'aggregated ClusterRole rules updated');
    return written;
  }

  private enqueue(): void {
    if (this.abort.signal.aborted || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.syncing = this.syncing
        .then(() => this.sync())
        .then(
          () => {},
          (err: unknown) => {
            this.opts.logger?.warn({ err: err instanceof Error ? err.message : err }, 'ClusterRole aggregation failed; retrying');
            this.enqueue();
          },
        );
    }, this.opts.debounceMs ?? 50);
  }

  private async watchLoop(): Promise<void> {
    const { signal } = this.abort;
    while (!signal.aborted) {
      try {
        // Without a resourceVersion the watch starts with every ClusterRole: the first sync.
        for await (const event of this.opts.watch('ClusterRole', { signal })) {
          if (event.type !== 'BOOKMARK') this.enqueue();
        }
      } catch (err) {
        if (signal.aborted) return;
        this.opts.logger?.warn({ err: err instanceof Error ? err.message : err }, 'ClusterRole watch for aggregation ended; watching again');
      }
      if (signal.aborted) return;
      await new Promise((resolve) => setTimeout(resolve, this.opts.retryMs ?? 1_000));
    }
  }
}
