/**
 * Watching a kind through its graphql-ws subscription from a list's resourceVersion, until
 * Ctrl-C (a clean exit), the server ends the stream, or `until` says the wait is over. An
 * EXPIRED revision re-lists and resumes, as kubectl's reflector does.
 */
import type { Invocation } from './kubectl-command.ts';
import { listObjects } from './objects.ts';
import { withoutNulls, type KObject } from './output.ts';
import type { Resource } from './resources.ts';
import { selectionFor } from './selections.ts';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface WatchOptions {
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
  /** Start after this revision; undefined: the current state first (as ADDED events). */
  resourceVersion?: string;
  /** Return true to stop watching (e.g. a rollout completed). */
  onEvent(type: WatchEventType, obj: KObject): unknown;
  /** Stop after this long (rejects with the error `onTimeout` returns). */
  timeoutMs?: number;
  onTimeout?: () => Error;
}

interface WatchEvent {
  type: WatchEventType | 'BOOKMARK';
  resourceVersion: string;
  object: KObject | null;
}

/** Resolves when stopped by onEvent, Ctrl-C or the end of the stream; rejects on errors. */
export async function watchObjects(inv: Invocation, r: Resource, opts: WatchOptions): Promise<void> {
  const client = await inv.client();
  const nsArg = r.namespaced ? '$namespace: String, ' : '';
  const nsPass = r.namespaced ? 'namespace: $namespace, ' : '';
  const query =
    `subscription(${nsArg}$labelSelector: String, $fieldSelector: String, $resourceVersion: String) { ` +
    `e: ${r.watchField}(${nsPass}labelSelector: $labelSelector, fieldSelector: $fieldSelector, resourceVersion: $resourceVersion) ` +
    `{ type resourceVersion object ${selectionFor(r.kind)} } }`;
  let revision = opts.resourceVersion;

  await new Promise<void>((resolve, reject) => {
    let stop: (() => void) | undefined;
    let done = false;
    let timer: NodeJS.Timeout | undefined;
    const finish = (err?: Error) => {
      if (done) return;
      done = true;
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      if (timer) clearTimeout(timer);
      stop?.();
      if (err) reject(err);
      else resolve();
    };
    const onSignal = () => finish();
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    if (opts.timeoutMs !== undefined) timer = setTimeout(() => finish(opts.onTimeout?.() ?? new Error('timed out')), opts.timeoutMs);

    // Events are handled one at a time, in order, even when a handler awaits.
    let chain = Promise.resolve();
    const start = async () => {
      const vars: Record<string, unknown> = { labelSelector: opts.labelSelector, fieldSelector: opts.fieldSelector, resourceVersion: revision };
      if (r.namespaced) vars.namespace = opts.namespace;
      stop = await client.subscribe<{ e: WatchEvent }>(query, vars, {
        next: ({ e }) => {
          chain = chain.then(async () => {
            if (done) return;
            revision = e.resourceVersion;
            if (e.type === 'BOOKMARK' || !e.object) return;
            if (await opts.onEvent(e.type, withoutNulls(e.object))) finish();
          }).catch((err: Error) => finish(err));
        },
        error: (err) => {
          if ((err as { code?: string }).code === 'EXPIRED' && !done) {
            // The revision was compacted away: list again and go on from the new list.
            chain = chain.then(async () => {
              const list = await listObjects(client, r, { namespace: opts.namespace, labelSelector: opts.labelSelector, fieldSelector: opts.fieldSelector });
              for (const o of list.items) if (!done && (await opts.onEvent('MODIFIED', o))) return finish();
              revision = list.resourceVersion;
              await start();
            }).catch((e: Error) => finish(e));
            return;
          }
          finish(err);
        },
        complete: () => finish(),
      });
      if (done) stop();
    };
    start().catch((err: Error) => finish(err));
  });
}
