/** Taint and toleration matching, exactly as Kubernetes' `Toleration.ToleratesTaint`. */
import type { KObject } from '../kinds/types.ts';
import type { Taint, Toleration } from './framework.ts';

/**
 * An empty toleration effect matches every effect, an empty key every key; operator Exists
 * ignores the value, Equal (or no operator) needs the same value; any other operator matches nothing.
 */
export function toleratesTaint(toleration: Toleration, taint: Taint): boolean {
  if (toleration.effect && toleration.effect !== taint.effect) return false;
  if (toleration.key && toleration.key !== taint.key) return false;
  switch (toleration.operator ?? '') {
    case '':
    case 'Equal':
      return (toleration.value ?? '') === (taint.value ?? '');
    case 'Exists':
      return true;
    default:
      return false;
  }
}

export function tolerationsTolerateTaint(tolerations: readonly Toleration[], taint: Taint): boolean {
  for (const t of tolerations) if (toleratesTaint(t, taint)) return true;
  return false;
}

export function podTolerations(pod: KObject): Toleration[] {
  return pod.spec?.tolerations ?? [];
}

/** The first taint (in the node's order) that passes `inScope` and that no toleration tolerates. */
export function findUntoleratedTaint(
  taints: readonly Taint[],
  tolerations: readonly Toleration[],
  inScope: (taint: Taint) => boolean,
): Taint | undefined {
  for (const taint of taints) {
    if (inScope(taint) && !tolerationsTolerateTaint(tolerations, taint)) return taint;
  }
  return undefined;
}
