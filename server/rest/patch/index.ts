/**
 * The bodies of the Kubernetes REST API's PATCH and apply requests, as pure functions:
 * - `application/json-patch+json` → applyJsonPatch
 * - `application/strategic-merge-patch+json` → applyStrategicMergePatch
 * - `application/apply-patch+yaml` → serverSideApply; every other write → recordUpdate
 */
export { applyJsonPatch } from './json-patch.ts';
export { applyStrategicMergePatch } from './strategic-merge.ts';
export { recordUpdate, serverSideApply } from './server-side-apply.ts';
export type { ManagedFieldsEntry, RecordUpdateOptions, ServerSideApplyOptions } from './server-side-apply.ts';
