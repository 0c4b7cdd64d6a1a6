/**
 * Sub-resources other than status: `scale` (autoscaling/v1 Scale on workloads), `pods/binding`
 * (what a scheduler posts) and `pods/log` (streamed through the agent's log relay, as
 * `kubectl logs -f` reads it). exec, attach and portforward are WebSocket upgrades
 * (pod-streams.ts).
 */
import { CapstanError, invalid, notFound } from '../errors.ts';
import type { KObject } from '../kinds/types.ts';
import { chooseContainer } from '../api/logs/log-resolvers.ts';
import type { LogTarget } from '../api/logs/log-relay.ts';
import { labelSelectorObjectToString } from '../selectors/label-selector-object.ts';
import { applyMergePatch } from '../store/merge-patch.ts';
import { boolParam, dryRunParam, intParam, mediaType, param, parseDocument, readBody, sendJson } from './http-io.ts';
import type { RestCall } from './objects.ts';
import { applyJsonPatch, applyStrategicMergePatch } from './patch/index.ts';
import { RestRequestError } from './status.ts';
import { resolveBoundTokenSettings, type TokenRequestInput } from '../auth/bound-token.ts';
import { ensureSigningKey } from '../auth/signing-key.ts';
import { issueServiceAccountToken } from '../auth/token-request.ts';

function toScale(obj: KObject): Record<string, unknown> {
  const selector = obj.spec?.selector;
  // ReplicationControllers select with a plain map; the apps kinds with a LabelSelector.
  const selectorText = selector && !selector.matchLabels && !selector.matchExpressions
    ? Object.entries(selector as Record<string, string>).map(([k, v]) => `${k}=${v}`).join(',')
    : labelSelectorObjectToString(selector);
  const m = obj.metadata;
  return {
    kind: 'Scale',
    apiVersion: 'autoscaling/v1',
    metadata: { name: m.name, namespace: m.namespace, uid: m.uid, resourceVersion: m.resourceVersion, creationTimestamp: m.creationTimestamp },
    spec: { replicas: obj.spec?.replicas ?? 1 },
    status: { replicas: obj.status?.replicas ?? 0, ...(selectorText ? { selector: selectorText } : {}) },
  };
}

function replicasOf(scale: unknown): number {
  const replicas = (scale as { spec?: { replicas?: unknown } } | null)?.spec?.replicas;
  if (replicas === undefined) return NaN;
  if (typeof replicas !== 'number' || !Number.isInteger(replicas) || replicas < 0) {
    throw new CapstanError('INVALID', `Scale "${(scale as KObject).metadata?.name ?? ''}" is invalid: spec.replicas: Invalid value: ${JSON.stringify(replicas)}: must be greater than or equal to 0`, [
      { field: 'spec.replicas', message: 'must be greater than or equal to 0' },
    ]);
  }
  return replicas;
}

/** GET, PUT and PATCH on `<workload>/scale`. */
export async function serveScale(call: RestCall): Promise<void> {
  const { ctx, resource, namespace, name, req } = call;
  const kind = resource.kind;
  if (req.method === 'GET') {
    await ctx.authorize('get', `${kind}/scale`, namespace, name);
    const obj = await ctx.store.get(kind, namespace, name!);
    if (!obj) throw notFound(kind, namespace, name!);
    sendJson(call.res, 200, toScale(obj));
    return;
  }
  const verb = req.method === 'PUT' ? 'update' : 'patch';
  await ctx.authorize(verb, `${kind}/scale`, namespace, name);
  const type = mediaType(req);
  const body = parseDocument(await readBody(req, call.maxBodyBytes), type === 'application/apply-patch+yaml' ? type : 'application/json');
  const precondition = req.method === 'PUT' ? (body as KObject)?.metadata?.resourceVersion || undefined : undefined;
  const updated = await ctx.store.update(
    kind,
    namespace,
    name!,
    (current) => {
      let scale: unknown;
      if (req.method === 'PUT') scale = body;
      else if (type === 'application/json-patch+json') scale = applyJsonPatch(toScale(current), body);
      else if (type === 'application/merge-patch+json' || type === 'application/apply-patch+yaml') scale = applyMergePatch(toScale(current), body);
      else if (type === 'application/strategic-merge-patch+json') scale = applyStrategicMergePatch(toScale(current) as KObject, body);
      else throw new RestRequestError(415, `unsupported patch type "${type}"`, 'UnsupportedMediaType');
      const replicas = replicasOf(scale);
      if (Number.isNaN(replicas)) return current;
      return { ...current, spec: { ...current.spec, replicas } };
    },
    { resourceVersion: precondition, dryRun: dryRunParam(call.query) },
  );
  sendJson(call.res, 200, toScale(updated));
}

/** POST `pods/<name>/binding` (and the legacy `bindings` collection): what a scheduler does. */
export async function serveBinding(call: RestCall): Promise<void> {
  const { ctx, namespace } = call;
  const body = parseDocument(await readBody(call.req, call.maxBodyBytes), mediaType(call.req)) as KObject;
  const podName = call.name ?? body?.metadata?.name;
  const node = body?.target?.name;
  if (!podName) throw invalid('metadata.name', 'Required value: the pod to bind');
  if (typeof node !== 'string' || node === '') throw invalid('target.name', 'Required value: the node to bind to');
  if (body?.target?.kind !== undefined && body.target.kind !== 'Node') throw invalid('target.kind', 'must be Node');
  await ctx.authorize('update', 'Pod/binding', namespace, podName);
  const [result] = await ctx.store.bindPods([{ namespace: namespace!, name: podName, nodeName: node }]);
  if (result && 'error' in result) throw result.error;
  sendJson(call.res, 201, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', code: 201 });
}

/** GET `pods/<name>/log`: plain text, streamed while `follow=true`. */
export async function serveLog(call: RestCall): Promise<void> {
  const { ctx, namespace, name, query, req, res } = call;
  await ctx.authorize('get', 'Pod/log', namespace, name);
  const pod = await ctx.store.get('Pod', namespace, name!);
  if (!pod) throw notFound('Pod', namespace, name!);
  const container = chooseContainer(pod, param(query, 'container'));
  const node: unknown = pod.spec?.nodeName;
  if (typeof node !== 'string' || node === '') {
    throw new RestRequestError(400, `pod "${name}" is not bound to a node yet: it has no logs until it is scheduled`);
  }
  const sinceTime = param(query, 'sinceTime');
  let sinceSeconds = intParam(query, 'sinceSeconds', 1) ?? null;
  if (sinceSeconds === null && sinceTime !== undefined) {
    const t = Date.parse(sinceTime);
    if (Number.isNaN(t)) throw new RestRequestError(400, `sinceTime: not an RFC 3339 time: ${JSON.stringify(sinceTime)}`);
    sinceSeconds = Math.max(1, Math.ceil((Date.now() - t) / 1000));
  }
  const limitBytes = intParam(query, 'limitBytes', 1);
  const target: LogTarget = {
    namespace: namespace!,
    pod: name!,
    podUid: pod.metadata.uid ?? null,
    container,
    follow: boolParam(query, 'follow') ?? false,
    tailLines: intParam(query, 'tailLines', 0) ?? null,
    sinceSeconds,
    previous: boolParam(query, 'previous') ?? false,
  };
  const controller = new AbortController();
  const abort = () => controller.abort();
  res.on('close', abort);
  const stream = ctx.logRelay.open(node, target, controller.signal)[Symbol.asyncIterator]();
  // The first chunk (or the agent's refusal) decides the status line, so errors stay errors.
  let first: IteratorResult<{ data: string }>;
  try {
    first = await stream.next();
  } catch (err) {
    res.off('close', abort);
    throw err;
  }
  res.writeHead(200, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-cache, private', 'Transfer-Encoding': 'chunked' });
  let sent = 0;
  const write = async (data: string): Promise<boolean> => {
    let text = data;
    if (limitBytes !== undefined && sent + Buffer.byteLength(text) > limitBytes) text = Buffer.from(text).subarray(0, limitBytes - sent).toString('utf8');
    sent += Buffer.byteLength(text);
    if (!res.write(text)) await new Promise<void>((resolve) => { res.once('drain', resolve); res.once('close', resolve); });
    return limitBytes === undefined || sent < limitBytes;
  };
  try {
    let r = first;
    while (!r.done && !controller.signal.aborted) {
      if (!(await write(r.value.data))) break;
      r = await stream.next();
    }
  } catch (err) {
    // Headers are out: the best a log stream can do is end; say why on the server side.
    ctx.logger.warn({ err, pod: `${namespace}/${name}` }, 'a REST log stream ended with an error');
  } finally {
    controller.abort();
    void stream.return?.();
    res.off('close', abort);
    res.end();
  }
}

/**
 * POST `serviceaccounts/<name>/token` (authentication.k8s.io/v1 TokenRequest in and out), as
 * `kubectl create token` sends it: a bound token for the account (auth/token-request.ts).
 */
export async function serveTokenRequest(call: RestCall): Promise<void> {
  const { ctx, namespace, name } = call;
  await ctx.authorize('create', 'ServiceAccount/token', namespace, name);
  const body = parseDocument(await readBody(call.req, call.maxBodyBytes), mediaType(call.req)) as { kind?: string; spec?: TokenRequestInput } | null;
  if (body?.kind !== undefined && body.kind !== 'TokenRequest') throw invalid('kind', `must be TokenRequest, not ${JSON.stringify(body.kind)}`);
  const issued = await issueServiceAccountToken(
    { store: ctx.store, signingKey: () => ensureSigningKey(ctx.store), settings: resolveBoundTokenSettings() },
    ctx.identity,
    namespace!,
    name!,
    body?.spec ?? {},
  );
  sendJson(call.res, 201, {
    kind: 'TokenRequest',
    apiVersion: 'authentication.k8s.io/v1',
    metadata: { name, namespace, creationTimestamp: null },
    spec: issued.spec,
    status: { token: issued.token, expirationTimestamp: issued.expirationTimestamp },
  });
}
