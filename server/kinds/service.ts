/** Service (v1): a stable virtual IP and ports in front of the pods its selector picks. */
import { KIND_TABLE } from '../../api/kinds.ts';
import { PROTOCOLS } from './container-validation.ts';
import { defaultString } from './defaults.ts';
import { duplicate, FieldErrors, forbidden, IMMUTABLE, invalidValue, isObject, required } from './field-errors.ts';
import { ipv4InCIDR, isIPv4 } from './ip-address.ts';
import { METADATA_FIELD_SELECTORS, type KindDefinition } from './kind-definition.ts';
import { validateLabels } from './metadata.ts';
import { validateDNS1123Label, validateDNS1123Subdomain, validatePortName } from './names.ts';

export const SERVICE_TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'] as const;
export const NODE_PORT_RANGE = { min: 30000, max: 32767 };
/** The service network (DESIGN §6): every cluster IP is in it. The one definition; the allocator uses it too. */
export const SERVICE_CIDR = '127.32.0.0/12';
/** Where the cluster-IP allocator writes its claim (workers/controllers/ip-allocator-claim.ts); the store's create reads it. */
export const SERVICE_IP_CLAIM_ANNOTATION = 'capstan.io/service-ip-claim';
const TRAFFIC_POLICIES = ['Cluster', 'Local'] as const;
const SESSION_AFFINITIES = ['None', 'ClientIP'] as const;
export const IP_FAMILY_POLICIES = ['SingleStack', 'PreferDualStack', 'RequireDualStack'] as const;
export const IP_FAMILIES = ['IPv4', 'IPv6'] as const;
/** Capstan's service network is IPv4 only (127.32.0.0/12): a single-stack IPv4 cluster. */
const CLUSTER_IP_FAMILIES = ['IPv4'];
/** Kubernetes' default ClientIP affinity timeout: three hours. */
const DEFAULT_CLIENT_IP_TIMEOUT = 10800;

export const service: KindDefinition = {
  ...KIND_TABLE.Service,
  hasSpec: true,
  hasStatusSubresource: true,
  statusResetOnCreate: true,
  applyDefaults(obj) {
    const spec = obj.spec;
    if (!isObject(spec)) return;
    defaultString(spec, 'type', 'ClusterIP');
    defaultString(spec, 'sessionAffinity', 'None');
    if (spec.sessionAffinity === 'ClientIP') {
      spec.sessionAffinityConfig ??= {};
      if (isObject(spec.sessionAffinityConfig)) {
        spec.sessionAffinityConfig.clientIP ??= {};
        if (isObject(spec.sessionAffinityConfig.clientIP)) spec.sessionAffinityConfig.clientIP.timeoutSeconds ??= DEFAULT_CLIENT_IP_TIMEOUT;
      }
    }
    if (Array.isArray(spec.ports)) {
      for (const p of spec.ports) {
        if (!isObject(p)) continue;
        defaultString(p, 'protocol', 'TCP');
        if (p.targetPort === undefined || p.targetPort === null || p.targetPort === 0 || p.targetPort === '') p.targetPort = p.port;
      }
    }
    if (spec.type === 'NodePort' || spec.type === 'LoadBalancer') defaultString(spec, 'externalTrafficPolicy', 'Cluster');
    if (spec.type !== 'ExternalName') defaultString(spec, 'internalTrafficPolicy', 'Cluster');
    defaultIPFamilies(spec);
  },
  validate(obj, old) {
    const errs = new FieldErrors();
    const spec = obj.spec;
    if (!errs.object('spec', spec, { required: true })) return errs.list;
    if (!errs.oneOf('spec.type', spec.type, SERVICE_TYPES, { required: true })) return errs.list;
    const type: (typeof SERVICE_TYPES)[number] = spec.type;

    validateClusterIP(spec, type, errs, old?.spec?.clusterIP);
    if (type === 'ExternalName') {
      const name = typeof spec.externalName === 'string' ? spec.externalName.replace(/\.$/, '') : spec.externalName;
      if (errs.string('spec.externalName', name, { required: true })) errs.name('spec.externalName', name, validateDNS1123Subdomain);
    }
    const headless = spec.clusterIP === 'None';
    if ((spec.ports === undefined || spec.ports === null || (Array.isArray(spec.ports) && spec.ports.length === 0)) && type !== 'ExternalName' && !headless) {
      errs.add(required('spec.ports'));
    } else {
      validatePorts(spec.ports, type, errs);
    }
    if (spec.selector !== undefined && spec.selector !== null) validateLabels(spec.selector, 'spec.selector', errs);
    validateSessionAffinity(spec, errs);
    if (spec.externalTrafficPolicy !== undefined && spec.externalTrafficPolicy !== '') {
      if (type !== 'NodePort' && type !== 'LoadBalancer') {
        errs.add(invalidValue('spec.externalTrafficPolicy', spec.externalTrafficPolicy, "may only be set when `type` is 'NodePort' or 'LoadBalancer'"));
      } else {
        errs.oneOf('spec.externalTrafficPolicy', spec.externalTrafficPolicy, TRAFFIC_POLICIES);
      }
    }
    if (spec.internalTrafficPolicy !== undefined) errs.oneOf('spec.internalTrafficPolicy', spec.internalTrafficPolicy, TRAFFIC_POLICIES);
    validateIPFamilies(spec, type, errs);
    const oldFamily = old?.spec?.ipFamilies?.[0];
    if (typeof oldFamily === 'string' && Array.isArray(spec.ipFamilies) && spec.ipFamilies[0] !== oldFamily) {
      errs.add(invalidValue('spec.ipFamilies[0]', spec.ipFamilies[0], 'may not change once set'));
    }
    if (errs.stringArray('spec.externalIPs', spec.externalIPs)) {
      spec.externalIPs.forEach((ip: string, i: number) => {
        if (!isIPv4(ip)) errs.add(invalidValue(`spec.externalIPs[${i}]`, ip, 'must be a valid IP address'));
      });
    }
    // The address is allocated once; clients and proxies rely on it not moving.
    const oldIP = old?.spec?.clusterIP;
    if (typeof oldIP === 'string' && oldIP !== '' && typeof spec.clusterIP === 'string' && spec.clusterIP !== '' && spec.clusterIP !== oldIP) {
      errs.add(invalidValue('spec.clusterIP', spec.clusterIP, IMMUTABLE));
    }
    return errs.list;
  },
  fieldSelectors: { ...METADATA_FIELD_SELECTORS },
};

/**
 * Kubernetes' defaults for a single-stack IPv4 cluster: every Service but ExternalName gets
 * `ipFamilyPolicy: SingleStack` (RequireDualStack for a headless Service without a selector, as
 * Kubernetes gives it) and `ipFamilies: [IPv4]`; `clusterIPs` mirrors `clusterIP`.
 */
function defaultIPFamilies(spec: Record<string, any>): void {
  if (spec.type === 'ExternalName') return;
  const headlessWithoutSelector = spec.clusterIP === 'None' && (spec.selector === undefined || spec.selector === null || Object.keys(spec.selector).length === 0);
  defaultString(spec, 'ipFamilyPolicy', headlessWithoutSelector ? 'RequireDualStack' : 'SingleStack');
  if (spec.ipFamilies === undefined || spec.ipFamilies === null || (Array.isArray(spec.ipFamilies) && spec.ipFamilies.length === 0)) spec.ipFamilies = [...CLUSTER_IP_FAMILIES];
  if (typeof spec.clusterIP === 'string' && spec.clusterIP !== '' && (spec.clusterIPs === undefined || spec.clusterIPs === null)) spec.clusterIPs = [spec.clusterIP];
  else if ((spec.clusterIP === undefined || spec.clusterIP === '') && Array.isArray(spec.clusterIPs) && typeof spec.clusterIPs[0] === 'string') spec.clusterIP = spec.clusterIPs[0];
}

/** ipFamilyPolicy, ipFamilies and clusterIPs as Kubernetes validates them on a single-stack IPv4 cluster. */
function validateIPFamilies(spec: Record<string, any>, type: string, errs: FieldErrors): void {
  if (type === 'ExternalName') {
    if (spec.ipFamilyPolicy !== undefined && spec.ipFamilyPolicy !== null) errs.add(forbidden('spec.ipFamilyPolicy', 'may not be set for ExternalName services'));
    if (Array.isArray(spec.ipFamilies) && spec.ipFamilies.length > 0) errs.add(forbidden('spec.ipFamilies', 'may not be set for ExternalName services'));
    return;
  }
  errs.oneOf('spec.ipFamilyPolicy', spec.ipFamilyPolicy, IP_FAMILY_POLICIES, { required: true });
  const headless = spec.clusterIP === 'None';
  if (spec.ipFamilyPolicy === 'RequireDualStack' && !headless) {
    errs.add(invalidValue('spec.ipFamilyPolicy', spec.ipFamilyPolicy, 'this cluster is not configured for dual-stack services'));
  }
  if (errs.stringArray('spec.ipFamilies', spec.ipFamilies)) {
    const families: string[] = spec.ipFamilies;
    if (families.length > 2) errs.add(invalidValue('spec.ipFamilies', families, 'may specify no more than one IP for each IP family'));
    if (families.length > 1 && spec.ipFamilyPolicy === 'SingleStack') {
      errs.add(invalidValue('spec.ipFamilies', families, 'when multiple IP families are specified, ipFamilyPolicy must be PreferDualStack or RequireDualStack'));
    }
    const seen = new Set<string>();
    families.forEach((f, i) => {
      if (!errs.oneOf(`spec.ipFamilies[${i}]`, f, IP_FAMILIES)) return;
      if (seen.has(f)) errs.add(duplicate(`spec.ipFamilies[${i}]`, f));
      seen.add(f);
      if (!CLUSTER_IP_FAMILIES.includes(f) && !(headless && i > 0)) errs.add(invalidValue(`spec.ipFamilies[${i}]`, f, 'not configured on this cluster'));
    });
  }
  if (errs.stringArray('spec.clusterIPs', spec.clusterIPs) && spec.clusterIPs.length > 0) {
    if (spec.clusterIPs.length > 1) errs.add(invalidValue('spec.clusterIPs', spec.clusterIPs, 'this cluster is not configured for dual-stack services'));
    if (typeof spec.clusterIP === 'string' && spec.clusterIP !== '' && spec.clusterIPs[0] !== spec.clusterIP) {
      errs.add(invalidValue('spec.clusterIPs', spec.clusterIPs, 'first value must match `clusterIP`'));
    }
  }
}

function validateClusterIP(spec: Record<string, any>, type: string, errs: FieldErrors, oldIP?: unknown): void {
  const ip = spec.clusterIP;
  if (!errs.string('spec.clusterIP', ip) || ip === '') return;
  if (type === 'ExternalName') {
    errs.add(forbidden('spec.clusterIP', 'may not be set for ExternalName services'));
  } else if (ip === 'None') {
    if (type !== 'ClusterIP') errs.add(invalidValue('spec.clusterIP', ip, `may not be set to 'None' for ${type} services`));
  } else if (!isIPv4(ip)) {
    errs.add(invalidValue('spec.clusterIP', ip, "must be empty, 'None', or a valid IP address"));
  } else if (ip !== oldIP && !ipv4InCIDR(ip, SERVICE_CIDR)) {
    // Checked when set, as Kubernetes' allocator does: a Service stored before keeps its address.
    errs.add(invalidValue('spec.clusterIP', ip, `failed to allocate IP ${ip}: the provided IP (${ip}) is not in the valid range. The range of valid IPs is ${SERVICE_CIDR}`));
  }
}

function validatePorts(ports: unknown, type: string, errs: FieldErrors): void {
  if (!errs.array('spec.ports', ports)) return;
  const names = new Set<string>();
  const portKeys = new Set<string>();
  const nodePortKeys = new Set<string>();
  ports.forEach((port, i) => {
    const p = `spec.ports[${i}]`;
    if (!errs.object(p, port, { required: true })) return;
    // A name tells several ports apart (in Endpoints and SRV records); one port may go unnamed.
    if (ports.length > 1 && (port.name === undefined || port.name === '')) errs.add(required(`${p}.name`));
    if (port.name !== undefined && errs.string(`${p}.name`, port.name) && port.name !== '') {
      errs.name(`${p}.name`, port.name, validateDNS1123Label);
      if (names.has(port.name)) errs.add(duplicate(`${p}.name`, port.name));
      names.add(port.name);
    }
    errs.integer(`${p}.port`, port.port, { required: true, min: 1, max: 65535 });
    errs.oneOf(`${p}.protocol`, port.protocol, PROTOCOLS, { required: true });
    if (port.targetPort !== undefined) errs.portNumberOrName(`${p}.targetPort`, port.targetPort, validatePortName);
    const key = `${port.port}/${port.protocol}`;
    if (portKeys.has(key)) errs.add(duplicate(p, { port: port.port, protocol: port.protocol }));
    portKeys.add(key);
    if (port.nodePort === undefined || port.nodePort === null || port.nodePort === 0) return;
    if (type !== 'NodePort' && type !== 'LoadBalancer') {
      errs.add(forbidden(`${p}.nodePort`, `may not be used when \`type\` is '${type}'`));
    } else if (errs.integer(`${p}.nodePort`, port.nodePort, { min: 1, max: 65535 })) {
      if (port.nodePort < NODE_PORT_RANGE.min || port.nodePort > NODE_PORT_RANGE.max) {
        errs.add(
          invalidValue(`${p}.nodePort`, port.nodePort, `provided port is not in the valid range. The range of valid ports is ${NODE_PORT_RANGE.min}-${NODE_PORT_RANGE.max}`),
        );
      }
      const nodeKey = `${port.nodePort}/${port.protocol}`;
      if (nodePortKeys.has(nodeKey)) errs.add(duplicate(`${p}.nodePort`, port.nodePort));
      nodePortKeys.add(nodeKey);
    }
  });
}

function validateSessionAffinity(spec: Record<string, any>, errs: FieldErrors): void {
  if (!errs.oneOf('spec.sessionAffinity', spec.sessionAffinity, SESSION_AFFINITIES, { required: true })) return;
  const config = spec.sessionAffinityConfig;
  if (spec.sessionAffinity === 'None') {
    if (config !== undefined && config !== null) {
      errs.add(forbidden('spec.sessionAffinityConfig', 'must not be set when `sessionAffinity` is None'));
    }
    return;
  }
  if (!errs.object('spec.sessionAffinityConfig', config) || !errs.object('spec.sessionAffinityConfig.clientIP', config.clientIP)) return;
  const timeout = config.clientIP.timeoutSeconds;
  if (typeof timeout !== 'number' || !Number.isInteger(timeout) || timeout <= 0 || timeout > 86400) {
    errs.add(invalidValue('spec.sessionAffinityConfig.clientIP.timeoutSeconds', timeout, 'must be greater than 0 and less than 86400'));
  }
}
