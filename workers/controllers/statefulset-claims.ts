/**
 * A StatefulSet's PersistentVolumeClaims, pure (Kubernetes' stateful_set_utils getPersistentVolumeClaims
 * and updateStorage): one claim per `volumeClaimTemplates` entry and ordinal, named
 * `<template>-<set>-<ordinal>`, labelled with the template's labels and the set's selector, and a
 * pod volume of the template's name that mounts it. Claims outlive their pods: with the default
 * `persistentVolumeClaimRetentionPolicy` (Retain/Retain) they have no owner, so a pod made again
 * (after a deletion or a scale-down and up) finds its data. With `whenDeleted: Delete` the set owns
 * them, and the garbage collector removes them with the set.
 */
import type { KObject } from '../../server/kinds/types.ts';

export function claimName(templateName: string, setName: string, ordinal: number): string {
  return `${templateName}-${setName}-${ordinal}`;
}

/** The claims pod `ordinal` of `sts` mounts, as they are made. */
export function claimsForOrdinal(sts: KObject, ordinal: number): KObject[] {
  const templates: any[] = Array.isArray(sts.spec?.volumeClaimTemplates) ? sts.spec.volumeClaimTemplates : [];
  const ownedBySet = sts.spec?.persistentVolumeClaimRetentionPolicy?.whenDeleted === 'Delete';
  return templates.map((t) => ({
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: {
      name: claimName(t.metadata.name, sts.metadata.name, ordinal),
      namespace: sts.metadata.namespace,
      labels: { ...(t.metadata?.labels ?? {}), ...(sts.spec?.selector?.matchLabels ?? {}) },
      ...(t.metadata?.annotations ? { annotations: { ...t.metadata.annotations } } : {}),
      ...(ownedBySet
        ? { ownerReferences: [{ apiVersion: sts.apiVersion, kind: sts.kind, name: sts.metadata.name, uid: sts.metadata.uid!, controller: true, blockOwnerDeletion: true }] }
        : {}),
    },
    spec: structuredClone(t.spec ?? {}),
  }));
}

/**
 * `podSpec.volumes` with a volume per claim template (the template's name, mounting claim
 * `<template>-<set>-<ordinal>`), replacing a template volume of the same name as Kubernetes does.
 */
export function withClaimVolumes(podSpec: Record<string, any>, sts: KObject, ordinal: number): void {
  const templates: any[] = Array.isArray(sts.spec?.volumeClaimTemplates) ? sts.spec.volumeClaimTemplates : [];
  if (templates.length === 0) return;
  const names = new Set(templates.map((t) => t.metadata.name));
  const kept = (Array.isArray(podSpec.volumes) ? podSpec.volumes : []).filter((v: any) => !names.has(v?.name));
  podSpec.volumes = [
    ...templates.map((t) => ({ name: t.metadata.name, persistentVolumeClaim: { claimName: claimName(t.metadata.name, sts.metadata.name, ordinal) } })),
    ...kept,
  ];
}
