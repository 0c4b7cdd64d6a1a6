/**
 * List, then watch from the list's resourceVersion, over the agent's ApiClient: the agent-side
 * half of Kubernetes' reflector. The first list and every re-list hand the whole state to
 * `onReplace`; each change after it goes to `onEvent`, exactly once and in order.
 *
 * - A watch that ends (the server closed it, or an error) resumes from the last revision seen.
 * - EXPIRED (the revision was compacted away) re-lists.
 * - After a reconnect graphql-ws re-subscribes with the variables it started with, i.e. an older
 *   resourceVersion: the replayed events up to the last revision seen are skipped, so handlers
 *   still see each change once. BOOKMARKs move that revision forward.
 */
import type { ApiClient, ApiError } from '../api-client.ts';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

/** The part of pino's Logger the agent's modules use; pino's Logger satisfies it. */
export interface AgentLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export const silentLogger: AgentLogger = { debug() {}, info() {}, warn() {}, error() {} };

export interface ListWatchArgs {
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
}

export interface ListWatchOptions<T> {
  client: ApiClient;
  /** The list and watch root fields, e.g. `services` and `watchServices`. */
  listField: string;
  watchField: string;
  /** The selection set of one object, e.g. `metadata { name namespace } spec { clusterIP }`. */
  selection: string;
  /** Fragment definitions the selection spreads (`...HollowPod` with a generated fragment document), appended to both documents. */
  fragments?: string;
  args?: ListWatchArgs;
  /** The whole state, after the first list and after every re-list. */
  onReplace(items: T[]): void;
  onEvent(type: WatchEventType, object: T): void;
  logger?: AgentLogger;
  /** Page size of lists (the server caps it at 500). */
  pageSize?: number;
  /** Back-off after a failed list or watch: doubles from min to max (default 500 ms → 10 s). */
  retryMinMs?: number;
  retryMaxMs?: number;
}

export interface ListWatch {
  /** Settles after the first successful list has been handed to onReplace. */
  readonly synced: Promise<void>;
  stop(): void;
}

/** A revision as a number to compare; undefined when the server's version is not numeric. */
function revision(rv: string | undefined | null): bigint | undefined {
  return rv && /^\d+$/.test(rv) ? BigInt(rv) : undefined;
}

function argDecls(args: ListWatchArgs): { decls: string; uses: string } {
  const names = (Object.keys(args) as (keyof ListWatchArgs)[]).filter((k) => args[k] !== undefined);
  return {
    decls: names.map((n) => `, $${n}: String`).join(''),
    uses: names.map((n) => `, ${n}: $${n}`).join(''),
  };
}

export function listWatch<T>(opts: ListWatchOptions<T>): ListWatch {
  const { client, listField, watchField, selection, args = {}, logger = silentLogger } = opts;
  const pageSize = opts.pageSize ?? 500;
  const retryMinMs = opts.retryMinMs ?? 500;
  const retryMaxMs = opts.retryMaxMs ?? 10_000;
  const { decls, uses } = argDecls(args);
  const fragments = opts.fragments ? `\n${opts.fragments}` : '';
  const LIST = `query($limit: Int, $continue: String${decls}) { page: ${listField}(limit: $limit, continue: $continue${uses}) { items { ${selection} } metadata { resourceVersion continue } } }${fragments}`;
  const WATCH = `subscription($resourceVersion: String${decls}) { e: ${watchField}(resourceVersion: $resourceVersion${uses}) { type resourceVersion object { ${selection} } } }${fragments}`;

  let stopped = false;
  let unsubscribe: (() => void) | null = null;
  let wakeSleep: (() => void) | null = null;
  let resolveSynced!: () => void;
  const synced = new Promise<void>((r) => (resolveSynced = r));

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        wakeSleep = null;
        resolve();
      }, ms);
      wakeSleep = () => {
        clearTimeout(t);
        wakeSleep = null;
        resolve();
      };
    });

  async function listAll(): Promise<{ items: T[]; resourceVersion: string }> {
    const items: T[] = [];
    let resourceVersion: string | undefined;
    let cont: string | undefined;
    do {
      const { page } = await client.request<{ page: { items: T[]; metadata: { resourceVersion: string; continue?: string | null } } }>(LIST, {
        ...args,
        limit: pageSize,
        continue: cont,
      });
      items.push(...page.items);
      // Later pages are read at the first page's revision or later: watching from the first
      // page's revision replays anything a later page may have missed.
      resourceVersion ??= page.metadata.resourceVersion;
      cont = page.metadata.continue ?? undefined;
    } while (cont && !stopped);
    return { items, resourceVersion: resourceVersion! };
  }

  /** Watches from `from` until the subscription ends; resolves with the error that ended it, if any. */
  function watchFrom(from: string, seen: { rv: string; last: bigint | undefined; progressed: boolean }): Promise<ApiError | null> {
    return new Promise((resolve) => {
      let done = false;
      const finish = (err: ApiError | null) => {
        if (done) return;
        done = true;
        unsubscribe = null;
        resolve(err);
      };
      unsubscribe = client.subscribe<{ e: { type: WatchEventType | 'BOOKMARK'; resourceVersion: string; object: T | null } }>(
        WATCH,
        { ...args, resourceVersion: from },
        {
          next: ({ e }) => {
            const r = revision(e.resourceVersion);
            if (r !== undefined && seen.last !== undefined && r <= seen.last) return; // replayed after a reconnect
            if (r !== undefined) seen.last = r;
            seen.rv = e.resourceVersion;
            seen.progressed = true;
            if (e.type === 'BOOKMARK' || !e.object) return;
            try {
              opts.onEvent(e.type, e.object);
            } catch (err) {
              logger.error({ err, watch: watchField }, 'watch handler failed');
            }
          },
          error: (err) => finish(err),
          complete: () => finish(null),
        },
      );
      if (stopped) unsubscribe();
    });
  }

  async function loop(): Promise<void> {
    let failures = 0;
    let from: string | null = null;
    const seen = { rv: '', last: undefined as bigint | undefined, progressed: false };
    while (!stopped) {
      if (from === null) {
        try {
          const list = await listAll();
          if (stopped) return;
          from = list.resourceVersion;
          seen.rv = from;
          seen.last = revision(from);
          opts.onReplace(list.items);
          resolveSynced();
          failures = 0;
        } catch (err) {
          failures++;
          logger.warn({ err: (err as Error).message, list: listField }, 'list failed; retrying');
          await sleep(Math.min(retryMaxMs, retryMinMs * 2 ** (failures - 1)));
          continue;
        }
      }
      seen.progressed = false;
      const err = await watchFrom(from, seen);
      if (stopped) return;
      from = seen.rv;
      if (err?.code === 'EXPIRED') {
        logger.info({ watch: watchField }, 'watch revision expired; listing again');
        from = null;
        continue;
      }
      failures = seen.progressed ? 1 : failures + 1;
      logger.debug({ watch: watchField, err: err?.message }, 'watch ended; resuming');
      await sleep(Math.min(retryMaxMs, retryMinMs * 2 ** (failures - 1)));
    }
  }

  void loop();
  return {
    synced,
    stop() {
      stopped = true;
      unsubscribe?.();
      wakeSleep?.();
    },
  };
}

