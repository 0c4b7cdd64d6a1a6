// TEMPORARY (lead's local shim until the patch engineer's index lands; not committed)
import type { KObject } from '../../kinds/types.ts';
import { applyMergePatch } from '../../store/merge-patch.ts';
export { applyJsonPatch } from './json-patch.ts';
export { applyStrategicMergePatch } from './strategic-merge.ts';
export function serverSideApply(current: KObject | null, applied: KObject, _o: { manager: string; force: boolean; now: Date }): KObject {
  return (current ? applyMergePatch(current, applied) : applied) as KObject;
}
export function recordUpdate(_p: KObject | null, next: KObject, _o: { manager: string; now: Date }): KObject {
  return next;
}
