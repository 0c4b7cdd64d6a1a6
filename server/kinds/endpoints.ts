/** Endpoints (v1): the addresses and ports behind a Service, kept by the endpoints controller. */
import { KIND_TABLE } from '../../api/kinds.ts';
import { PROTOCOLS } from './container-validation.ts';
import { defaultString } from './defaults.ts';
import { duplicate, FieldErrors, invalidValue, isObject, required } from './field-errors.ts';
import { isIPv4 } from './ip-address.ts';
import { METADATA_FIELD_SELECTORS, type KindDefinition } from './kind-definition.ts';
import { validateDNS1123Label, validateDNS1123Subdomain } from './names.ts';

export const endpoints: KindDefinition = {
  ...KIND_TABLE.Endpoints,
  hasSpec: false,
  hasStatusSubresource: false,
  statusResetOnCreate: false,
  applyDefaults(obj) {
    if (!Array.isArray(obj.subsets)) return;
    for (const subset of obj.subsets) {
      if (!isObject(subset) || !Array.isArray(subset.ports)) continue;
      for (const port of subset.ports) if (isObject(port)) defaultString(port, 'protocol', 'TCP');
    }
  },
  validate(obj) {
    const errs = new FieldErrors();
    if (!errs.array('subsets', obj.subsets)) return errs.list;
    obj.subsets.forEach((subset: unknown, i: number) => {
      const path = `subsets[${i}]`;
      if (!errs.object(path, subset, { required: true })) return;
      const addresses = Array.isArray(subset.addresses) ? subset.addresses.length : 0;
      const notReady = Array.isArray(subset.notReadyAddresses) ? subset.notReadyAddresses.length : 0;
      if (addresses + notReady === 0) errs.add(required(path, 'must specify `addresses` or `notReadyAddresses`'));
      validateAddresses(subset.addresses, `${path}.addresses`, errs);
      validateAddresses(subset.notReadyAddresses, `${path}.notReadyAddresses`, errs);
      validatePorts(subset.ports, `${path}.ports`, errs);
    });
    return errs.list;
  },
  fieldSelectors: { ...METADATA_FIELD_SELECTORS },
};

function validateAddresses(addresses: unknown, path: string, errs: FieldErrors): void {
  if (!errs.array(path, addresses)) return;
  addresses.forEach((a, i) => {
    const p = `${path}[${i}]`;
    if (!errs.object(p, a, { required: true })) return;
    // Unlike Kubernetes, loopback addresses are allowed: Capstan's pod IPs live in 127.0.0.0/8.
    if (errs.string(`${p}.ip`, a.ip, { required: true }) && !isIPv4(a.ip)) errs.add(invalidValue(`${p}.ip`, a.ip, 'must be a valid IP address'));
    if (errs.string(`${p}.hostname`, a.hostname) && a.hostname !== '') errs.name(`${p}.hostname`, a.hostname, validateDNS1123Label);
    if (errs.string(`${p}.nodeName`, a.nodeName) && a.nodeName !== '') errs.name(`${p}.nodeName`, a.nodeName, validateDNS1123Subdomain);
    if (errs.object(`${p}.targetRef`, a.targetRef)) {
      for (const field of ['kind', 'name', 'namespace', 'uid', 'apiVersion', 'resourceVersion'] as const) {
        errs.string(`${p}.targetRef.${field}`, a.targetRef[field]);
      }
    }
  });
}

function validatePorts(ports: unknown, path: string, errs: FieldErrors): void {
  if (!errs.array(path, ports)) return;
  const names = new Set<string>();
  ports.forEach((port, i) => {
    const p = `${path}[${i}]`;
    if (!errs.object(p, port, { required: true })) return;
    if (ports.length > 1 && (port.name === undefined || port.name === '')) errs.add(required(`${p}.name`));
    if (errs.string(`${p}.name`, port.name) && port.name !== '') {
      errs.name(`${p}.name`, port.name, validateDNS1123Label);
      if (names.has(port.name)) errs.add(duplicate(`${p}.name`, port.name));
      names.add(port.name);
    }
    errs.integer(`${p}.port`, port.port, { required: true, min: 1, max: 65535 });
    errs.oneOf(`${p}.protocol`, port.protocol, PROTOCOLS, { required: true });
  });
}
