/**
 * Structural equality of JSON values (key order does not matter), and where two values differ:
 * what the immutability rules of pods and other kinds compare.
 */

/** Whether two JSON values are equal; `undefined` members count as absent. */
export function deepEqual(a: unknown, b: unknown): boolean {
  return differingPaths(a, b, '').length === 0;
}

/** The paths (`spec.containers[0].command`) at which `a` and `b` differ, outermost first. */
export function differingPaths(a: unknown, b: unknown, path: string): string[] {
  if (a === b) return [];
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return [path];
    return a.flatMap((item, i) => differingPaths(item, b[i], `${path}[${i}]`));
  }
  if (isPlain(a) && isPlain(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    const out: string[] = [];
    for (const key of [...keys].sort()) {
      if (a[key] === undefined && b[key] === undefined) continue;
      out.push(...differingPaths(a[key], b[key], path ? `${path}.${key}` : key));
    }
    return out;
  }
  return [path];
}

function isPlain(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
