/**
 * What PersistentVolumes, PersistentVolumeClaims and StatefulSet claim templates share: access
 * modes, volume modes, the storage quantity, and the names of storage classes.
 */
import { FieldErrors, forbidden, required } from './field-errors.ts';
import { validateDNS1123Subdomain } from './names.ts';

export const ACCESS_MODES = ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod'] as const;
export const VOLUME_MODES = ['Filesystem', 'Block'] as const;
export const RECLAIM_POLICIES = ['Retain', 'Delete', 'Recycle'] as const;

/** At least one access mode, each supported; ReadWriteOncePod only on its own, as Kubernetes wants. */
export function validateAccessModes(modes: unknown, path: string, errs: FieldErrors): void {
  if (!errs.array(path, modes, { required: true })) return;
  modes.forEach((m: unknown, i: number) => errs.oneOf(`${path}[${i}]`, m, ACCESS_MODES, { required: true }));
  if (modes.includes('ReadWriteOncePod') && modes.length > 1) {
    errs.add(forbidden(path, 'may not use ReadWriteOncePod with other access modes'));
  }
}

/** `storage` in a map of resources (a claim's requests, a volume's capacity): required, non-negative. */
export function validateStorageQuantity(resources: unknown, path: string, errs: FieldErrors): void {
  if (!errs.object(path, resources, { required: true })) return;
  if (resources.storage === undefined || resources.storage === null) errs.add(required(`${path}[storage]`));
  else errs.quantity(`${path}[storage]`, resources.storage, { nonNegative: true });
}

/** A class name: empty (no class) or a DNS-1123 subdomain. */
export function validateStorageClassName(name: unknown, path: string, errs: FieldErrors): void {
  if (errs.string(path, name) && name !== '') errs.name(path, name, validateDNS1123Subdomain);
}
