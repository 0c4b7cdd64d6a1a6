/**
 * metrics.k8s.io/v1beta1 over REST, as metrics-server serves it, so `kubectl top pods` and
 * `kubectl top nodes` work against Capstan:
 *
 *   /apis/metrics.k8s.io/v1beta1/nodes[/<name>]
 *   /apis/metrics.k8s.io/v1beta1/pods                       (all namespaces)
 *   /apis/metrics.k8s.io/v1beta1/namespaces/<ns>/pods[/<name>]
 *
 * get and list only (labelSelector, and fieldSelector on pods); the rows come from the nodes'
 * latest usage reports (server/usage). Discovery lists the group (api-resources.ts).
 */
import type http from 'node:http';
import type { ApiContext } from '../api/context.ts';
import { listNodeMetrics, listPodMetrics } from '../usage/usage-api.ts';
import { METRICS_API_VERSION, METRICS_GROUP, METRICS_VERSION } from '../usage/metrics-objects.ts';
import { sendJson } from './http-io.ts';
import { RestRequestError } from './status.ts';

const PREFIX = `/apis/${METRICS_GROUP}/${METRICS_VERSION}/`;

/** Serves a metrics.k8s.io resource request; false when `pathname` is not one. */
export async function serveMetrics(req: http.IncomingMessage, res: http.ServerResponse, url: URL, ctx: ApiContext): Promise<boolean> {
  if (!url.pathname.startsWith(PREFIX)) return false;
  const parts = url.pathname.slice(PREFIX.length).split('/').filter(Boolean).map(decodeURIComponent);
  let resource: string | undefined;
  let namespace: string | undefined;
  let name: string | undefined;
  if (parts[0] === 'namespaces' && parts.length >= 3 && parts.length <= 4) [, namespace, resource, name] = parts;
  else if (parts.length >= 1 && parts.length <= 2) [resource, name] = parts;
  if ((resource !== 'pods' && resource !== 'nodes') || (resource === 'nodes' && namespace !== undefined)) {
    throw new RestRequestError(404, `the server could not find the requested resource (${req.method} ${url.pathname})`, 'NotFound');
  }
  if (req.method !== 'GET') throw new RestRequestError(405, `the server does not allow this method on the requested resource (${req.method} ${resource}.${METRICS_GROUP})`, 'MethodNotAllowed');
  const labelSelector = url.searchParams.get('labelSelector') || undefined;
  if (resource === 'pods') {
    const items = await listPodMetrics(ctx, { namespace, name, labelSelector, fieldSelector: url.searchParams.get('fieldSelector') || undefined });
    sendJson(res, 200, name !== undefined ? items[0] : { kind: 'PodMetricsList', apiVersion: METRICS_API_VERSION, metadata: {}, items });
  } else {
    const items = await listNodeMetrics(ctx, { name, labelSelector });
    sendJson(res, 200, name !== undefined ? items[0] : { kind: 'NodeMetricsList', apiVersion: METRICS_API_VERSION, metadata: {}, items });
  }
  return true;
}
