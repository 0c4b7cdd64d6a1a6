/**
 * Kubernetes' defaults for pod specs (SetDefaults_PodSpec, _Container, _Probe, …), shared by
 * Pods and by the pod templates of ReplicaSets and Deployments. Values of the wrong type are
 * left alone for validation to report.
 */
import { defaultString } from './defaults.ts';
import { isObject } from './field-errors.ts';
import { isValidQuantity, parseQuantity } from './quantity.ts';

/** The mode Kubernetes gives files of configMap and secret volumes (0644). */
export const DEFAULT_VOLUME_MODE = 0o644;

/** Fills the defaults of a pod spec in place. */
export function applyPodSpecDefaults(spec: unknown): void {
  if (!isObject(spec)) return;
  defaultString(spec, 'restartPolicy', 'Always');
  spec.terminationGracePeriodSeconds ??= 30;
  defaultString(spec, 'dnsPolicy', 'ClusterFirst');
  defaultString(spec, 'schedulerName', 'default-scheduler');
  spec.hostNetwork ??= false;
  // Kubernetes injects Service environment variables unless told not to.
  spec.enableServiceLinks ??= true;
  for (const list of [spec.initContainers, spec.containers]) {
    if (!Array.isArray(list)) continue;
    for (const c of list) applyContainerDefaults(c, spec.hostNetwork === true);
  }
  if (Array.isArray(spec.volumes)) spec.volumes.forEach(applyVolumeDefaults);
  if (Array.isArray(spec.tolerations)) {
    for (const t of spec.tolerations) if (isObject(t) && (t.operator === undefined || t.operator === '')) t.operator = 'Equal';
  }
}

function applyContainerDefaults(c: unknown, hostNetwork: boolean): void {
  if (!isObject(c)) return;
  if (typeof c.image === 'string') defaultString(c, 'imagePullPolicy', defaultPullPolicy(c.image));
  defaultString(c, 'terminationMessagePath', '/dev/termination-log');
  defaultString(c, 'terminationMessagePolicy', 'File');
  if (Array.isArray(c.ports)) {
    for (const p of c.ports) {
      if (!isObject(p)) continue;
      defaultString(p, 'protocol', 'TCP');
      // With the host's network, the container port is the host port.
      if (hostNetwork && (p.hostPort === undefined || p.hostPort === 0)) p.hostPort = p.containerPort;
    }
  }
  if (Array.isArray(c.env)) {
    for (const e of c.env) {
      const ref = isObject(e) && isObject(e.valueFrom) ? e.valueFrom.fieldRef : undefined;
      if (isObject(ref)) defaultString(ref, 'apiVersion', 'v1');
    }
  }
  for (const probe of [c.livenessProbe, c.readinessProbe, c.startupProbe]) applyProbeDefaults(probe);
  applyResourceDefaults(c);
}

/** `:latest` and untagged images are pulled every time; pinned ones only when missing. */
function defaultPullPolicy(image: string): string {
  if (image.includes('@')) return 'IfNotPresent';
  const lastSlash = image.lastIndexOf('/');
  const colon = image.lastIndexOf(':');
  const tag = colon > lastSlash ? image.slice(colon + 1) : '';
  return tag === '' || tag === 'latest' ? 'Always' : 'IfNotPresent';
}

function applyProbeDefaults(probe: unknown): void {
  if (!isObject(probe)) return;
  // Kubernetes' probe fields are plain ints, so 0 and absent both mean "default".
  if (!probe.timeoutSeconds) probe.timeoutSeconds = 1;
  if (!probe.periodSeconds) probe.periodSeconds = 10;
  if (!probe.successThreshold) probe.successThreshold = 1;
  if (!probe.failureThreshold) probe.failureThreshold = 3;
  if (isObject(probe.httpGet)) {
    if (!probe.httpGet.path) probe.httpGet.path = '/';
    if (!probe.httpGet.scheme) probe.httpGet.scheme = 'HTTP';
  }
}

/**
 * Requests default to limits, resource by resource, as Kubernetes does; quantities are
 * rewritten in canonical form (`0.5` → `500m`), as Kubernetes serialises them.
 */
function applyResourceDefaults(c: Record<string, any>): void {
  const resources = c.resources;
  if (!isObject(resources)) return;
  canonicalizeQuantities(resources.limits);
  canonicalizeQuantities(resources.requests);
  if (!isObject(resources.limits)) return;
  if (resources.requests === undefined || resources.requests === null) resources.requests = {};
  if (!isObject(resources.requests)) return;
  for (const [name, limit] of Object.entries(resources.limits)) {
    if (!Object.hasOwn(resources.requests, name)) resources.requests[name] = limit;
  }
}

/** Rewrites each valid quantity of a map in canonical form, in place; leaves others for validation. */
export function canonicalizeQuantities(map: unknown): void {
  if (!isObject(map)) return;
  for (const [key, value] of Object.entries(map)) {
    if ((typeof value === 'string' || typeof value === 'number') && isValidQuantity(value)) {
      map[key] = parseQuantity(value).toString();
    }
  }
}

function applyVolumeDefaults(v: unknown): void {
  if (!isObject(v)) return;
  const keys = Object.keys(v).filter((k) => k !== 'name');
  // A volume that names no source is an emptyDir, as in Kubernetes.
  if (keys.length === 0) v.emptyDir = {};
  if (isObject(v.configMap)) v.configMap.defaultMode ??= DEFAULT_VOLUME_MODE;
  if (isObject(v.secret)) v.secret.defaultMode ??= DEFAULT_VOLUME_MODE;
  const size = isObject(v.emptyDir) ? v.emptyDir.sizeLimit : undefined;
  if ((typeof size === 'string' || typeof size === 'number') && isValidQuantity(size)) v.emptyDir!.sizeLimit = parseQuantity(size).toString();
}
