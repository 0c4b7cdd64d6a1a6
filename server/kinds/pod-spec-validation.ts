/**
 * Validation of a pod spec (Kubernetes' ValidatePodSpec), shared by Pods and by the pod
 * templates of ReplicaSets and Deployments: the pod-level fields and volumes here, containers in
 * container-validation.ts, scheduling constraints in affinity-validation.ts.
 */
import { validateAffinity, validateTolerations } from './affinity-validation.ts';
import { validateContainer } from './container-validation.ts';
import { duplicate, FieldErrors, forbidden, invalidValue, required } from './field-errors.ts';
import { isIPv4 } from './ip-address.ts';
import { validateLabels } from './metadata.ts';
import { validateConfigMapKey, validateDNS1123Label, validateDNS1123Subdomain } from './names.ts';

export const RESTART_POLICIES = ['Always', 'OnFailure', 'Never'] as const;
export const DNS_POLICIES = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'] as const;
/** The volume sources Capstan's node agent can provide. */
export const VOLUME_SOURCES = ['emptyDir', 'configMap', 'secret'] as const;

/** Adds every problem with the pod spec at `path` (`spec` or `spec.template.spec`) to `errs`. */
export function validatePodSpec(spec: unknown, path: string, errs: FieldErrors): void {
  if (!errs.object(path, spec, { required: true })) return;

  const volumeNames = validateVolumes(spec.volumes, `${path}.volumes`, errs);
  const containerNames = new Set<string>();
  const hostPorts = new Set<string>();
  const containers = spec.containers;
  if (containers === undefined || containers === null || (Array.isArray(containers) && containers.length === 0)) {
    errs.add(required(`${path}.containers`));
  }
  for (const [list, isInit] of [
    ['initContainers', true],
    ['containers', false],
  ] as const) {
    if (!errs.array(`${path}.${list}`, spec[list])) continue;
    spec[list].forEach((c: any, i: number) => {
      const p = `${path}.${list}[${i}]`;
      validateContainer(c, p, { isInit, volumeNames }, errs);
      if (typeof c?.name === 'string' && c.name !== '') {
        // Init and app containers share one namespace of names.
        if (containerNames.has(c.name)) errs.add(duplicate(`${p}.name`, c.name));
        containerNames.add(c.name);
      }
      if (!isInit) checkHostPorts(c, p, spec.hostNetwork === true, hostPorts, errs);
    });
  }

  errs.oneOf(`${path}.restartPolicy`, spec.restartPolicy, RESTART_POLICIES, { required: true });
  errs.oneOf(`${path}.dnsPolicy`, spec.dnsPolicy, DNS_POLICIES, { required: true });
  if (spec.dnsPolicy === 'None' && (spec.dnsConfig === undefined || spec.dnsConfig === null)) {
    errs.add(required(`${path}.dnsConfig`, 'must provide `dnsConfig` when `dnsPolicy` is None'));
  }
  validateDNSConfig(spec.dnsConfig, `${path}.dnsConfig`, errs);
  errs.integer(`${path}.terminationGracePeriodSeconds`, spec.terminationGracePeriodSeconds, {
    min: 0,
    max: Number.MAX_SAFE_INTEGER,
  });
  errs.integer(`${path}.activeDeadlineSeconds`, spec.activeDeadlineSeconds, { min: 1, max: 2147483647 });
  for (const field of ['nodeName', 'schedulerName', 'serviceAccountName', 'priorityClassName'] as const) {
    if (errs.string(`${path}.${field}`, spec[field]) && spec[field] !== '') {
      errs.name(`${path}.${field}`, spec[field], validateDNS1123Subdomain);
    }
  }
  for (const field of ['hostname', 'subdomain'] as const) {
    if (errs.string(`${path}.${field}`, spec[field]) && spec[field] !== '') errs.name(`${path}.${field}`, spec[field], validateDNS1123Label);
  }
  errs.integer(`${path}.priority`, spec.priority);
  errs.boolean(`${path}.hostNetwork`, spec.hostNetwork);
  errs.boolean(`${path}.enableServiceLinks`, spec.enableServiceLinks);
  errs.boolean(`${path}.automountServiceAccountToken`, spec.automountServiceAccountToken);
  if (spec.nodeSelector !== undefined && spec.nodeSelector !== null) validateLabels(spec.nodeSelector, `${path}.nodeSelector`, errs);
  validateAffinity(spec.affinity, `${path}.affinity`, errs);
  validateTolerations(spec.tolerations, `${path}.tolerations`, errs);
}

/** Host ports must be unique per protocol and address; with hostNetwork they equal the container port. */
function checkHostPorts(c: any, path: string, hostNetwork: boolean, seen: Set<string>, errs: FieldErrors): void {
  if (!Array.isArray(c?.ports)) return;
  c.ports.forEach((port: any, i: number) => {
    if (typeof port?.hostPort !== 'number' || port.hostPort === 0) return;
    if (hostNetwork && port.hostPort !== port.containerPort) {
      errs.add(invalidValue(`${path}.ports[${i}].hostPort`, port.hostPort, 'must match `containerPort` when `hostNetwork` is true'));
    }
    const key = `${port.hostIP ?? ''}/${port.hostPort}/${port.protocol ?? 'TCP'}`;
    if (seen.has(key)) errs.add(duplicate(`${path}.ports[${i}].hostPort`, `${port.hostPort}/${port.protocol ?? 'TCP'}`));
    seen.add(key);
  });
}

function validateVolumes(volumes: unknown, path: string, errs: FieldErrors): Set<string> {
  const names = new Set<string>();
  if (!errs.array(path, volumes)) return names;
  volumes.forEach((v, i) => {
    const p = `${path}[${i}]`;
    if (!errs.object(p, v, { required: true })) return;
    if (errs.string(`${p}.name`, v.name, { required: true })) {
      errs.name(`${p}.name`, v.name, validateDNS1123Label);
      if (names.has(v.name)) errs.add(duplicate(`${p}.name`, v.name));
      names.add(v.name);
    }
    const sources = Object.keys(v).filter((k) => k !== 'name' && v[k] !== undefined && v[k] !== null);
    const unsupportedSources = sources.filter((k) => !(VOLUME_SOURCES as readonly string[]).includes(k));
    for (const s of unsupportedSources) {
      errs.add(forbidden(`${p}.${s}`, `volume type "${s}" is not supported (supported: ${VOLUME_SOURCES.join(', ')})`));
    }
    if (sources.length === 0) errs.add(required(p, 'must specify a volume type'));
    else if (sources.length > 1) errs.add(forbidden(`${p}.${sources[1]}`, 'may not specify more than 1 volume type'));
    validateVolumeSource(v, p, errs);
  });
  return names;
}

function validateVolumeSource(v: Record<string, any>, path: string, errs: FieldErrors): void {
  if (errs.object(`${path}.emptyDir`, v.emptyDir)) {
    const medium = v.emptyDir.medium;
    if (medium !== undefined && medium !== '') errs.oneOf(`${path}.emptyDir.medium`, medium, ['', 'Memory']);
    errs.quantity(`${path}.emptyDir.sizeLimit`, v.emptyDir.sizeLimit, { nonNegative: true });
  }
  for (const [source, nameField] of [
    ['configMap', 'name'],
    ['secret', 'secretName'],
  ] as const) {
    const s = v[source];
    const p = `${path}.${source}`;
    if (!errs.object(p, s)) continue;
    if (errs.string(`${p}.${nameField}`, s[nameField], { required: true })) errs.name(`${p}.${nameField}`, s[nameField], validateDNS1123Subdomain);
    errs.boolean(`${p}.optional`, s.optional);
    errs.integer(`${p}.defaultMode`, s.defaultMode, { min: 0, max: 0o777 });
    if (!errs.array(`${p}.items`, s.items)) continue;
    s.items.forEach((item: unknown, i: number) => {
      const ip = `${p}.items[${i}]`;
      if (!errs.object(ip, item, { required: true })) return;
      if (errs.string(`${ip}.key`, item.key, { required: true })) errs.name(`${ip}.key`, item.key, validateConfigMapKey);
      if (errs.string(`${ip}.path`, item.path, { required: true })) {
        if (item.path.startsWith('/')) errs.add(invalidValue(`${ip}.path`, item.path, 'must be a relative path'));
        if (item.path.split('/').includes('..')) errs.add(invalidValue(`${ip}.path`, item.path, "must not contain '..'"));
      }
      errs.integer(`${ip}.mode`, item.mode, { min: 0, max: 0o777 });
    });
  }
}

function validateDNSConfig(config: unknown, path: string, errs: FieldErrors): void {
  if (!errs.object(path, config)) return;
  if (errs.stringArray(`${path}.nameservers`, config.nameservers)) {
    if (config.nameservers.length > 3) errs.add(invalidValue(`${path}.nameservers`, config.nameservers, 'must not have more than 3 nameservers'));
    config.nameservers.forEach((ns: string, i: number) => {
      if (!isIPv4(ns)) errs.add(invalidValue(`${path}.nameservers[${i}]`, ns, 'must be a valid IP address'));
    });
  }
  if (errs.stringArray(`${path}.searches`, config.searches) && config.searches.length > 32) {
    errs.add(invalidValue(`${path}.searches`, config.searches, 'must not have more than 32 search paths'));
  }
  if (errs.array(`${path}.options`, config.options)) {
    config.options.forEach((o: unknown, i: number) => {
      if (errs.object(`${path}.options[${i}]`, o, { required: true })) {
        errs.string(`${path}.options[${i}].name`, o.name, { required: true });
        errs.string(`${path}.options[${i}].value`, o.value);
      }
    });
  }
}
