/**
 * Validation of a pod spec (Kubernetes' ValidatePodSpec), shared by Pods and by the pod
 * templates of ReplicaSets and Deployments: the pod-level fields and volumes here, containers in
 * container-validation.ts, scheduling constraints in affinity-validation.ts.
 */
import { validateAffinity, validateTolerations } from './affinity-validation.ts';
import { validateContainer, validateSecurityContext } from './container-validation.ts';
import { duplicate, FieldErrors, forbidden, invalidValue, required, unsupported } from './field-errors.ts';
import { isIPv4 } from './ip-address.ts';
import { validateLabels } from './metadata.ts';
import { validateConfigMapKey, validateDNS1123Label, validateDNS1123Subdomain } from './names.ts';

export const RESTART_POLICIES = ['Always', 'OnFailure', 'Never'] as const;
export const DNS_POLICIES = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'] as const;
/** The volume sources Capstan's node agent can provide. */
export const VOLUME_SOURCES = ['emptyDir', 'configMap', 'secret', 'downwardAPI', 'projected', 'hostPath', 'persistentVolumeClaim'] as const;
export const HOST_PATH_TYPES = ['', 'DirectoryOrCreate', 'Directory', 'FileOrCreate', 'File', 'Socket', 'CharDevice', 'BlockDevice'] as const;
/** The pod fields a downward API volume file may show (Kubernetes' validVolumeDownwardAPIFieldPathExpressions). */
const DOWNWARD_API_FIELDS = ['metadata.name', 'metadata.namespace', 'metadata.labels', 'metadata.annotations', 'metadata.uid'];
const DOWNWARD_API_RESOURCES = ['limits.cpu', 'limits.memory', 'limits.ephemeral-storage', 'requests.cpu', 'requests.memory', 'requests.ephemeral-storage'];

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
  validateSecurityContext(spec.securityContext, `${path}.securityContext`, errs);
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
  // As Kubernetes: ephemeral containers are added to running pods only (their own subresource).
  if (Array.isArray(spec.ephemeralContainers) && spec.ephemeralContainers.length > 0 && path !== 'spec') {
    errs.add(forbidden(`${path}.ephemeralContainers`, 'ephemeral containers not allowed in pod template'));
  }
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
    errs.integer(`${p}.defaultMode`, s.defaultMode, { min: 0, max: 0o777 });
    validateKeyProjection(s, p, nameField, errs);
  }
  if (errs.object(`${path}.hostPath`, v.hostPath)) {
    const p = `${path}.hostPath`;
    if (errs.string(`${p}.path`, v.hostPath.path, { required: true })) {
      if (v.hostPath.path === '') errs.add(required(`${p}.path`));
      if (v.hostPath.path.split('/').includes('..')) errs.add(invalidValue(`${p}.path`, v.hostPath.path, "must not contain '..'"));
    }
    if (v.hostPath.type !== undefined && v.hostPath.type !== null) errs.oneOf(`${p}.type`, v.hostPath.type, HOST_PATH_TYPES);
  }
  if (errs.object(`${path}.persistentVolumeClaim`, v.persistentVolumeClaim)) {
    const p = `${path}.persistentVolumeClaim`;
    if (errs.string(`${p}.claimName`, v.persistentVolumeClaim.claimName, { required: true })) {
      if (v.persistentVolumeClaim.claimName === '') errs.add(required(`${p}.claimName`));
    }
    errs.boolean(`${p}.readOnly`, v.persistentVolumeClaim.readOnly);
  }
  if (errs.object(`${path}.downwardAPI`, v.downwardAPI)) {
    const p = `${path}.downwardAPI`;
    errs.integer(`${p}.defaultMode`, v.downwardAPI.defaultMode, { min: 0, max: 0o777 });
    validateDownwardAPIItems(v.downwardAPI.items, `${p}.items`, errs);
  }
  if (errs.object(`${path}.projected`, v.projected)) {
    const p = `${path}.projected`;
    errs.integer(`${p}.defaultMode`, v.projected.defaultMode, { min: 0, max: 0o777 });
    if (errs.array(`${p}.sources`, v.projected.sources)) {
      v.projected.sources.forEach((src: unknown, i: number) => {
        const sp = `${p}.sources[${i}]`;
        if (!errs.object(sp, src, { required: true })) return;
        const kinds = ['configMap', 'secret', 'downwardAPI', 'serviceAccountToken'].filter((k) => src[k] !== undefined && src[k] !== null);
        if (kinds.length === 0) errs.add(required(sp, 'must specify exactly 1 source type'));
        else if (kinds.length > 1) errs.add(forbidden(`${sp}.${kinds[1]}`, 'may not specify more than 1 source type'));
        if (errs.object(`${sp}.configMap`, src.configMap)) validateKeyProjection(src.configMap, `${sp}.configMap`, 'name', errs);
        if (errs.object(`${sp}.secret`, src.secret)) validateKeyProjection(src.secret, `${sp}.secret`, 'name', errs);
        if (errs.object(`${sp}.downwardAPI`, src.downwardAPI)) validateDownwardAPIItems(src.downwardAPI.items, `${sp}.downwardAPI.items`, errs);
        if (errs.object(`${sp}.serviceAccountToken`, src.serviceAccountToken)) {
          const tp = `${sp}.serviceAccountToken`;
          errs.string(`${tp}.audience`, src.serviceAccountToken.audience);
          // Kubernetes: at least 10 minutes, at most 2^32 seconds.
          errs.integer(`${tp}.expirationSeconds`, src.serviceAccountToken.expirationSeconds, { min: 600, max: 4294967296 });
          if (errs.string(`${tp}.path`, src.serviceAccountToken.path, { required: true })) relativeFilePath(`${tp}.path`, src.serviceAccountToken.path, errs);
        }
      });
    }
  }
}

/** A volume file's path: relative, without `..`, not empty. */
function relativeFilePath(field: string, value: string, errs: FieldErrors): void {
  if (value === '') errs.add(required(field));
  if (value.startsWith('/')) errs.add(invalidValue(field, value, 'must be a relative path'));
  if (value.split('/').includes('..')) errs.add(invalidValue(field, value, "must not contain '..'"));
}

/** The name, optional and key → path items of a configMap or secret volume or projection. */
function validateKeyProjection(s: Record<string, any>, p: string, nameField: string, errs: FieldErrors): void {
  if (errs.string(`${p}.${nameField}`, s[nameField], { required: true })) errs.name(`${p}.${nameField}`, s[nameField], validateDNS1123Subdomain);
  errs.boolean(`${p}.optional`, s.optional);
  if (!errs.array(`${p}.items`, s.items)) return;
  s.items.forEach((item: unknown, i: number) => {
    const ip = `${p}.items[${i}]`;
    if (!errs.object(ip, item, { required: true })) return;
    if (errs.string(`${ip}.key`, item.key, { required: true })) errs.name(`${ip}.key`, item.key, validateConfigMapKey);
    if (errs.string(`${ip}.path`, item.path, { required: true })) relativeFilePath(`${ip}.path`, item.path, errs);
    errs.integer(`${ip}.mode`, item.mode, { min: 0, max: 0o777 });
  });
}

/** Downward API files: a relative path and exactly one of fieldRef (pod metadata) or resourceFieldRef. */
function validateDownwardAPIItems(items: unknown, p: string, errs: FieldErrors): void {
  if (!errs.array(p, items)) return;
  const paths = new Set<string>();
  items.forEach((item: unknown, i: number) => {
    const ip = `${p}[${i}]`;
    if (!errs.object(ip, item, { required: true })) return;
    if (errs.string(`${ip}.path`, item.path, { required: true })) {
      relativeFilePath(`${ip}.path`, item.path, errs);
      if (paths.has(item.path)) errs.add(duplicate(`${ip}.path`, item.path));
      paths.add(item.path);
    }
    errs.integer(`${ip}.mode`, item.mode, { min: 0, max: 0o777 });
    const hasField = item.fieldRef !== undefined && item.fieldRef !== null;
    const hasResource = item.resourceFieldRef !== undefined && item.resourceFieldRef !== null;
    if (hasField === hasResource) errs.add(invalidValue(ip, '', 'must specify exactly one of `fieldRef` or `resourceFieldRef`'));
    if (errs.object(`${ip}.fieldRef`, item.fieldRef) && errs.string(`${ip}.fieldRef.fieldPath`, item.fieldRef.fieldPath, { required: true })) {
      const fp = item.fieldRef.fieldPath;
      if (!DOWNWARD_API_FIELDS.includes(fp) && !/^metadata\.(labels|annotations)\['.+'\]$/.test(fp)) {
        errs.add(unsupported(`${ip}.fieldRef.fieldPath`, fp, DOWNWARD_API_FIELDS));
      }
    }
    if (errs.object(`${ip}.resourceFieldRef`, item.resourceFieldRef)) {
      const rp = `${ip}.resourceFieldRef`;
      // In a volume the container is not implied: Kubernetes requires its name.
      if (errs.string(`${rp}.containerName`, item.resourceFieldRef.containerName, { required: true }) && item.resourceFieldRef.containerName === '') errs.add(required(`${rp}.containerName`));
      if (errs.string(`${rp}.resource`, item.resourceFieldRef.resource, { required: true })) errs.oneOf(`${rp}.resource`, item.resourceFieldRef.resource, DOWNWARD_API_RESOURCES);
      errs.quantity(`${rp}.divisor`, item.resourceFieldRef.divisor, { nonNegative: true });
    }
  });
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
