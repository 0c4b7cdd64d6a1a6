/**
 * Validation of one container of a pod spec (Kubernetes' validateContainers and the functions
 * it calls): name, image, command, env, ports, resources, probes and volume mounts.
 */
import { duplicate, FieldErrors, forbidden, invalidValue, notFound, required, unsupported } from './field-errors.ts';
import {
  validateConfigMapKey,
  validateDNS1123Label,
  validateDNS1123Subdomain,
  validateEnvVarName,
  validatePortName,
  validateQualifiedName,
} from './names.ts';
import { parseQuantity, quantityError } from './quantity.ts';

export const PROTOCOLS = ['SCTP', 'TCP', 'UDP'] as const;
const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'] as const;
const TERMINATION_MESSAGE_POLICIES = ['File', 'FallbackToLogsOnError'] as const;
const STANDARD_RESOURCES = new Set(['cpu', 'memory', 'ephemeral-storage']);
/** Pod fields a container may read through `env[].valueFrom.fieldRef` (as in Kubernetes). */
const FIELD_REF_PATHS = [
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
  'metadata.labels',
  'metadata.annotations',
  'spec.nodeName',
  'spec.serviceAccountName',
  'status.hostIP',
  'status.hostIPs',
  'status.podIP',
  'status.podIPs',
];

export interface ContainerContext {
  isInit: boolean;
  /** Names of the pod's volumes, for volumeMounts to refer to. */
  volumeNames: Set<string>;
}

/** Adds every problem with container `c` (at `path`) to `errs`. */
export function validateContainer(c: unknown, path: string, ctx: ContainerContext, errs: FieldErrors): void {
  if (!errs.object(path, c, { required: true })) return;
  if (errs.string(`${path}.name`, c.name, { required: true })) errs.name(`${path}.name`, c.name, validateDNS1123Label);
  if (errs.string(`${path}.image`, c.image, { required: true }) && c.image.trim() !== c.image) {
    errs.add(invalidValue(`${path}.image`, c.image, 'must not have leading or trailing whitespace'));
  }
  errs.stringArray(`${path}.command`, c.command);
  errs.stringArray(`${path}.args`, c.args);
  errs.string(`${path}.workingDir`, c.workingDir);
  for (const flag of ['stdin', 'stdinOnce', 'tty'] as const) if (c[flag] !== undefined && c[flag] !== null) errs.boolean(`${path}.${flag}`, c[flag]);
  if (c.imagePullPolicy !== undefined) errs.oneOf(`${path}.imagePullPolicy`, c.imagePullPolicy, PULL_POLICIES);
  if (c.terminationMessagePolicy !== undefined) {
    errs.oneOf(`${path}.terminationMessagePolicy`, c.terminationMessagePolicy, TERMINATION_MESSAGE_POLICIES);
  }
  errs.string(`${path}.terminationMessagePath`, c.terminationMessagePath);
  if (c.restartPolicy !== undefined && c.restartPolicy !== null) {
    // Only init containers may have one, and only Always: that makes them sidecars.
    if (!ctx.isInit) errs.add(forbidden(`${path}.restartPolicy`, 'may not be set for non-init containers'));
    else errs.oneOf(`${path}.restartPolicy`, c.restartPolicy, ['Always']);
  }
  const sidecar = ctx.isInit && c.restartPolicy === 'Always';
  validateLifecycle(c.lifecycle, `${path}.lifecycle`, ctx.isInit && !sidecar, errs);
  validateSecurityContext(c.securityContext, `${path}.securityContext`, errs);
  validateEnv(c.env, `${path}.env`, errs);
  validateEnvFrom(c.envFrom, `${path}.envFrom`, errs);
  validatePorts(c.ports, `${path}.ports`, errs);
  validateResources(c.resources, `${path}.resources`, errs);
  for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe'] as const) {
    if (c[probe] === undefined || c[probe] === null) continue;
    // Sidecars may have probes: a readiness or startup probe holds back the next container.
    if (ctx.isInit && !sidecar) errs.add(forbidden(`${path}.${probe}`, 'may not be set for init containers'));
    else validateProbe(c[probe], `${path}.${probe}`, probe !== 'readinessProbe', errs);
  }
  validateVolumeMounts(c.volumeMounts, `${path}.volumeMounts`, ctx.volumeNames, errs);
}

function validateEnv(env: unknown, path: string, errs: FieldErrors): void {
  if (!errs.array(path, env)) return;
  env.forEach((e, i) => {
    const p = `${path}[${i}]`;
    if (!errs.object(p, e, { required: true })) return;
    if (errs.string(`${p}.name`, e.name, { required: true })) errs.name(`${p}.name`, e.name, validateEnvVarName);
    errs.string(`${p}.value`, e.value);
    if (e.valueFrom === undefined || e.valueFrom === null) return;
    if (!errs.object(`${p}.valueFrom`, e.valueFrom)) return;
    if (typeof e.value === 'string' && e.value !== '') {
      errs.add(invalidValue(`${p}.valueFrom`, '', 'may not be specified when `value` is not empty'));
    }
    const from = e.valueFrom;
    const sources = ['configMapKeyRef', 'fieldRef', 'secretKeyRef'].filter((k) => from[k] !== undefined && from[k] !== null);
    if (from.resourceFieldRef !== undefined) {
      errs.add(forbidden(`${p}.valueFrom.resourceFieldRef`, 'resourceFieldRef is not supported'));
    } else if (sources.length === 0) {
      errs.add(invalidValue(`${p}.valueFrom`, '', 'must specify one of: `configMapKeyRef`, `fieldRef` or `secretKeyRef`'));
    } else if (sources.length > 1) {
      errs.add(invalidValue(`${p}.valueFrom`, '', 'may not have more than one field specified at a time'));
    }
    for (const ref of ['configMapKeyRef', 'secretKeyRef'] as const) {
      const r = from[ref];
      const rp = `${p}.valueFrom.${ref}`;
      if (!errs.object(rp, r)) continue;
      if (errs.string(`${rp}.name`, r.name, { required: true })) errs.name(`${rp}.name`, r.name, validateDNS1123Subdomain);
      if (errs.string(`${rp}.key`, r.key, { required: true })) errs.name(`${rp}.key`, r.key, validateConfigMapKey);
      errs.boolean(`${rp}.optional`, r.optional);
    }
    const fieldRef = from.fieldRef;
    const fp = `${p}.valueFrom.fieldRef`;
    if (errs.object(fp, fieldRef)) {
      if (fieldRef.apiVersion !== 'v1') errs.add(fieldRef.apiVersion ? unsupported(`${fp}.apiVersion`, fieldRef.apiVersion, ['v1']) : required(`${fp}.apiVersion`));
      if (errs.string(`${fp}.fieldPath`, fieldRef.fieldPath, { required: true })) validateFieldRefPath(fieldRef.fieldPath, `${fp}.fieldPath`, errs);
    }
  });
}

/** `metadata.labels['key']` selects one label; the bare paths are listed in FIELD_REF_PATHS. */
function validateFieldRefPath(fieldPath: string, path: string, errs: FieldErrors): void {
  const subscript = /^(metadata\.(?:labels|annotations))\['(.*)'\]$/.exec(fieldPath);
  if (subscript) {
    errs.name(path, subscript[2]!, validateQualifiedName);
    return;
  }
  if (!FIELD_REF_PATHS.includes(fieldPath)) errs.add(unsupported(path, fieldPath, FIELD_REF_PATHS));
}

function validateEnvFrom(envFrom: unknown, path: string, errs: FieldErrors): void {
  if (!errs.array(path, envFrom)) return;
  envFrom.forEach((e, i) => {
    const p = `${path}[${i}]`;
    if (!errs.object(p, e, { required: true })) return;
    if (errs.string(`${p}.prefix`, e.prefix) && e.prefix !== '') errs.name(`${p}.prefix`, e.prefix, validateEnvVarName);
    const sources = ['configMapRef', 'secretRef'].filter((k) => e[k] !== undefined && e[k] !== null);
    if (sources.length === 0) errs.add(invalidValue(p, '', 'must specify one of: `configMapRef` or `secretRef`'));
    if (sources.length > 1) errs.add(invalidValue(p, '', 'may not have more than one field specified at a time'));
    for (const ref of sources) {
      const rp = `${p}.${ref}`;
      if (!errs.object(rp, e[ref])) continue;
      if (errs.string(`${rp}.name`, e[ref].name, { required: true })) errs.name(`${rp}.name`, e[ref].name, validateDNS1123Subdomain);
      errs.boolean(`${rp}.optional`, e[ref].optional);
    }
  });
}

function validatePorts(ports: unknown, path: string, errs: FieldErrors): void {
  if (!errs.array(path, ports)) return;
  const names = new Set<string>();
  ports.forEach((port, i) => {
    const p = `${path}[${i}]`;
    if (!errs.object(p, port, { required: true })) return;
    errs.integer(`${p}.containerPort`, port.containerPort, { required: true, min: 1, max: 65535 });
    if (port.hostPort !== undefined && port.hostPort !== 0) errs.integer(`${p}.hostPort`, port.hostPort, { min: 1, max: 65535 });
    errs.oneOf(`${p}.protocol`, port.protocol, PROTOCOLS, { required: true });
    errs.string(`${p}.hostIP`, port.hostIP);
    if (port.name !== undefined && errs.string(`${p}.name`, port.name) && port.name !== '') {
      errs.name(`${p}.name`, port.name, validatePortName);
      if (names.has(port.name)) errs.add(duplicate(`${p}.name`, port.name));
      names.add(port.name);
    }
  });
}

/**
 * `resources.requests` and `.limits`: known resource names, valid non-negative quantities and
 * requests no larger than limits. Paths read `resources.requests.cpu`.
 */
function validateResources(resources: unknown, path: string, errs: FieldErrors): void {
  if (!errs.object(path, resources)) return;
  const parsed: Record<'requests' | 'limits', Map<string, ReturnType<typeof parseQuantity>>> = { requests: new Map(), limits: new Map() };
  for (const kind of ['limits', 'requests'] as const) {
    const map = resources[kind];
    if (!errs.object(`${path}.${kind}`, map)) continue;
    for (const [name, value] of Object.entries(map)) {
      const p = `${path}.${kind}.${name}`;
      const nameError = resourceNameError(name);
      if (nameError) errs.add(invalidValue(p, name, nameError));
      if (!errs.quantity(p, value, { nonNegative: true })) {
        if (value === undefined || value === null) errs.add(required(p));
        continue;
      }
      const q = parseQuantity(value as string | number);
      if (!STANDARD_RESOURCES.has(name) && !name.startsWith('hugepages-') && q.nanoValue() % 1_000_000_000n !== 0n) {
        errs.add(invalidValue(p, q.toString(), 'must be an integer'));
      }
      parsed[kind].set(name, q);
    }
  }
  for (const [name, request] of parsed.requests) {
    const limit = parsed.limits.get(name);
    const p = `${path}.requests.${name}`;
    const extended = name.includes('/');
    if (limit === undefined) {
      if (extended) errs.add(required(`${path}.limits.${name}`, 'Limit must be set for non overcommitable resources'));
      continue;
    }
    if (extended && request.cmp(limit) !== 0) {
      errs.add(invalidValue(p, request.toString(), `must be equal to ${name} limit of ${limit.toString()}`));
    } else if (request.cmp(limit) > 0) {
      errs.add(invalidValue(p, request.toString(), `must be less than or equal to ${name} limit of ${limit.toString()}`));
    }
  }
}

/** Standard container resources, hugepages, or fully qualified extended resources (`example.com/gpu`). */
function resourceNameError(name: string): string | null {
  const qualified = validateQualifiedName(name);
  if (qualified) return qualified;
  if (STANDARD_RESOURCES.has(name)) return null;
  if (name.startsWith('hugepages-')) {
    const size = name.slice('hugepages-'.length);
    return quantityError(size) === null ? null : 'must be a valid hugepages size such as hugepages-2Mi';
  }
  if (!name.includes('/')) return 'must be a standard resource for containers';
  return null;
}

const LIFECYCLE_HANDLERS = ['exec', 'httpGet', 'sleep'] as const;

/** postStart and preStop hooks (Kubernetes' validateLifecycle); plain init containers may have none. */
function validateLifecycle(lifecycle: unknown, path: string, plainInit: boolean, errs: FieldErrors): void {
  if (!errs.object(path, lifecycle)) return;
  if (plainInit) {
    errs.add(forbidden(path, 'may not be set for init containers without restartPolicy=Always'));
    return;
  }
  for (const hook of ['postStart', 'preStop'] as const) {
    const hp = `${path}.${hook}`;
    const handler = lifecycle[hook];
    if (!errs.object(hp, handler)) continue;
    if (handler.tcpSocket !== undefined && handler.tcpSocket !== null) errs.add(forbidden(`${hp}.tcpSocket`, 'tcpSocket lifecycle hooks are not supported'));
    const set = LIFECYCLE_HANDLERS.filter((h) => handler[h] !== undefined && handler[h] !== null);
    if (set.length === 0) errs.add(required(hp, 'must specify a handler type'));
    if (set.length > 1) errs.add(forbidden(`${hp}.${set[1]}`, 'may not specify more than 1 handler type'));
    if (errs.object(`${hp}.exec`, handler.exec)) errs.stringArray(`${hp}.exec.command`, handler.exec.command);
    if (errs.object(`${hp}.httpGet`, handler.httpGet)) {
      const http = handler.httpGet;
      errs.string(`${hp}.httpGet.path`, http.path);
      errs.string(`${hp}.httpGet.host`, http.host);
      errs.portNumberOrName(`${hp}.httpGet.port`, http.port, validatePortName);
      if (http.scheme !== undefined) errs.oneOf(`${hp}.httpGet.scheme`, http.scheme, ['HTTP', 'HTTPS']);
    }
    if (errs.object(`${hp}.sleep`, handler.sleep)) errs.integer(`${hp}.sleep.seconds`, handler.sleep.seconds, { required: true, min: 0, max: 2147483647 });
  }
}

/** A container's securityContext: ids are non-negative integers (Kubernetes' validateSecurityContext). */
export function validateSecurityContext(sc: unknown, path: string, errs: FieldErrors): void {
  if (!errs.object(path, sc)) return;
  for (const f of ['runAsUser', 'runAsGroup', 'fsGroup'] as const) errs.integer(`${path}.${f}`, sc[f], { min: 0, max: 2147483647 });
  for (const f of ['runAsNonRoot', 'readOnlyRootFilesystem', 'privileged', 'allowPrivilegeEscalation'] as const) {
    if (sc[f] !== undefined && sc[f] !== null) errs.boolean(`${path}.${f}`, sc[f]);
  }
  if (errs.array(`${path}.supplementalGroups`, sc.supplementalGroups)) {
    sc.supplementalGroups.forEach((g: unknown, i: number) => errs.integer(`${path}.supplementalGroups[${i}]`, g, { required: true, min: 0, max: 2147483647 }));
  }
  if (sc.runAsNonRoot === true && sc.runAsUser === 0) errs.add(invalidValue(`${path}.runAsNonRoot`, true, 'must be true only if runAsUser is not 0'));
  if (errs.object(`${path}.capabilities`, sc.capabilities)) {
    errs.stringArray(`${path}.capabilities.add`, sc.capabilities.add);
    errs.stringArray(`${path}.capabilities.drop`, sc.capabilities.drop);
  }
  if (sc.privileged === true && sc.allowPrivilegeEscalation === false) {
    errs.add(invalidValue(`${path}`, 'allowPrivilegeEscalation', 'cannot set `allowPrivilegeEscalation` to false and `privileged` to true'));
  }
}

const PROBE_HANDLERS = ['exec', 'httpGet', 'tcpSocket'] as const;

function validateProbe(probe: unknown, path: string, successMustBeOne: boolean, errs: FieldErrors): void {
  if (!errs.object(path, probe)) return;
  if (probe.grpc !== undefined) errs.add(forbidden(`${path}.grpc`, 'gRPC probes are not supported'));
  const handlers = PROBE_HANDLERS.filter((h) => probe[h] !== undefined && probe[h] !== null);
  if (handlers.length === 0 && probe.grpc === undefined) errs.add(required(path, 'must specify a handler type'));
  if (handlers.length > 1) errs.add(forbidden(`${path}.${handlers[1]}`, 'may not specify more than 1 handler type'));
  for (const field of ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold'] as const) {
    errs.integer(`${path}.${field}`, probe[field], { min: 0 });
  }
  if (successMustBeOne && typeof probe.successThreshold === 'number' && probe.successThreshold !== 1) {
    errs.add(invalidValue(`${path}.successThreshold`, probe.successThreshold, 'must be 1'));
  }
  if (errs.object(`${path}.exec`, probe.exec)) {
    errs.stringArray(`${path}.exec.command`, probe.exec.command);
  }
  const http = probe.httpGet;
  if (errs.object(`${path}.httpGet`, http)) {
    errs.string(`${path}.httpGet.path`, http.path);
    errs.string(`${path}.httpGet.host`, http.host);
    errs.portNumberOrName(`${path}.httpGet.port`, http.port, validatePortName);
    if (http.scheme !== undefined) errs.oneOf(`${path}.httpGet.scheme`, http.scheme, ['HTTP', 'HTTPS']);
    if (errs.array(`${path}.httpGet.httpHeaders`, http.httpHeaders)) {
      http.httpHeaders.forEach((h: unknown, i: number) => {
        const hp = `${path}.httpGet.httpHeaders[${i}]`;
        if (!errs.object(hp, h, { required: true })) return;
        if (errs.string(`${hp}.name`, h.name, { required: true }) && !/^[-A-Za-z0-9]+$/.test(h.name)) {
          errs.add(invalidValue(`${hp}.name`, h.name, "a valid HTTP header must consist of alphanumeric characters or '-' (e.g. 'X-Header-Name', regex used for validation is '[-A-Za-z0-9]+')"));
        }
        errs.string(`${hp}.value`, h.value);
      });
    }
  }
  if (errs.object(`${path}.tcpSocket`, probe.tcpSocket)) {
    errs.portNumberOrName(`${path}.tcpSocket.port`, probe.tcpSocket.port, validatePortName);
    errs.string(`${path}.tcpSocket.host`, probe.tcpSocket.host);
  }
}

function validateVolumeMounts(mounts: unknown, path: string, volumeNames: Set<string>, errs: FieldErrors): void {
  if (!errs.array(path, mounts)) return;
  const mountPaths = new Set<string>();
  mounts.forEach((m, i) => {
    const p = `${path}[${i}]`;
    if (!errs.object(p, m, { required: true })) return;
    if (errs.string(`${p}.name`, m.name, { required: true }) && !volumeNames.has(m.name)) errs.add(notFound(`${p}.name`, m.name));
    if (errs.string(`${p}.mountPath`, m.mountPath, { required: true })) {
      if (mountPaths.has(m.mountPath)) errs.add(invalidValue(`${p}.mountPath`, m.mountPath, 'must be unique'));
      mountPaths.add(m.mountPath);
      // Containers here have no image root to resolve a relative path against.
      if (!m.mountPath.startsWith('/')) errs.add(invalidValue(`${p}.mountPath`, m.mountPath, 'must be an absolute path'));
    }
    errs.boolean(`${p}.readOnly`, m.readOnly);
    for (const field of ['subPath', 'subPathExpr'] as const) {
      if (errs.string(`${p}.${field}`, m[field]) && m[field] !== '') {
        if (m[field].startsWith('/')) errs.add(invalidValue(`${p}.${field}`, m[field], 'must be a relative path'));
        if (m[field].split('/').includes('..')) errs.add(invalidValue(`${p}.${field}`, m[field], "must not contain '..'"));
      }
    }
    if (typeof m.subPath === 'string' && m.subPath !== '' && typeof m.subPathExpr === 'string' && m.subPathExpr !== '') {
      errs.add(invalidValue(`${p}.subPathExpr`, m.subPathExpr, 'subPathExpr and subPath are mutually exclusive'));
    }
    if (m.mountPropagation !== undefined && m.mountPropagation !== null) errs.oneOf(`${p}.mountPropagation`, m.mountPropagation, ['None', 'HostToContainer', 'Bidirectional']);
  });
}
