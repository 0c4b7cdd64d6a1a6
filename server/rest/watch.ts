/**
 * REST watches (`?watch=true`): the watch hub's events as a chunked stream of JSON lines,
 * `{"type":"ADDED","object":{...}}`, as kubectl and client-go's reflectors read them.
 *
 * - `resourceVersion` unset or "0": the current state first (synthetic ADDED), then live, as
 *   Kubernetes serves it; a number: every change after it, replayed from the event log.
 * - `sendInitialEvents=true` (watch-list): the current state, then a BOOKMARK annotated
 *   `k8s.io/initial-events-end`, then live.
 * - BOOKMARKs only with `allowWatchBookmarks=true`; `timeoutSeconds` ends the stream cleanly.
 * - A watch from a compacted revision gets one ERROR event with a 410 Expired Status, then the
 *   stream ends (the client re-lists), as in Kubernetes.
 * - Slow readers: writing waits for the socket to drain; the hub closes a watch that falls too
 *   far behind with EXPIRED.
 */
import { assertResourceVersion } from '../store/resource-version.ts';
import type http from 'node:http';
import type { KObject } from '../kinds/types.ts';
import type { ApiContext } from '../api/context.ts';
import type { RestResource } from './api-resources.ts';
import { boolParam, intParam, param } from './http-io.ts';
import { statusFromError } from './status.ts';
import { toTable, type IncludeObject } from './table.ts';

export interface WatchRequest {
  req: http.IncomingMessage;
  res: http.ServerResponse;
  ctx: ApiContext;
  resource: RestResource;
  namespace?: string;
  query: URLSearchParams;
  /** Send each object as a one-row Table (kubectl get -w). */
  table?: { include: IncludeObject };
}

function writeLine(res: http.ServerResponse, value: unknown): Promise<void> | void {
  if (res.write(`${JSON.stringify(value)}\n`)) return;
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

export async function serveWatch(w: WatchRequest): Promise<void> {
  const { req, res, ctx, resource, namespace, query } = w;
  const fieldSelector = param(query, 'fieldSelector');
  const rv = param(query, 'resourceVersion');
  assertResourceVersion(rv);
  const explicitInitial = boolParam(query, 'sendInitialEvents');
  const bookmarks = boolParam(query, 'allowWatchBookmarks') ?? false;
  const timeoutSeconds = intParam(query, 'timeoutSeconds', 0);
  await ctx.authorize('watch', resource.kind, namespace, undefined, { fieldSelector, labelSelector: param(query, 'labelSelector') });

  const sendInitialEvents = explicitInitial ?? (rv === undefined || rv === '0');
  const controller = new AbortController();
  const abort = () => controller.abort();
  res.on('close', abort);
  req.on('aborted', abort);
  const timer = timeoutSeconds ? setTimeout(abort, timeoutSeconds * 1000) : undefined;
  timer?.unref();

  const events = ctx.hub.watch(resource.kind, {
    namespace,
    labelSelector: param(query, 'labelSelector'),
    fieldSelector,
    resourceVersion: sendInitialEvents ? undefined : rv,
    sendInitialEvents,
    signal: controller.signal,
  });

  res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache, private', 'Transfer-Encoding': 'chunked' });
  res.flushHeaders();
  ctx.watches.opened();
  let initialPending = sendInitialEvents;
  let first = true;
  try {
    for await (const e of events) {
      if (controller.signal.aborted) break;
      if (e.type === 'BOOKMARK') {
        const endOfInitial = initialPending;
        initialPending = false;
        // The bookmark that ends the current state is for watch-list clients only.
        if (endOfInitial && explicitInitial !== true) continue;
        if (!bookmarks) continue;
        const metadata: Record<string, unknown> = { resourceVersion: e.resourceVersion };
        if (endOfInitial) metadata.annotations = { 'k8s.io/initial-events-end': 'true' };
        await writeLine(res, { type: 'BOOKMARK', object: { kind: resource.kind, apiVersion: resource.groupVersion, metadata } });
        continue;
      }
      const object: KObject | Record<string, unknown> = w.table
        ? toTable(resource.kind, [e.object!], { include: w.table.include, withColumns: first, resourceVersion: e.resourceVersion })
        : e.object!;
      first = false;
      await writeLine(res, { type: e.type, object });
    }
  } catch (err) {
    if (!controller.signal.aborted) {
      const status = statusFromError(err, { resource: resource.plural, group: resource.group }, 'request');
      await writeLine(res, { type: 'ERROR', object: status });
    }
  } finally {
    if (timer) clearTimeout(timer);
    controller.abort();
    ctx.watches.closed();
    res.off('close', abort);
    res.end();
  }
}
