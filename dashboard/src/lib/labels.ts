/**
 * Kubernetes label selectors, parsed and matched in the browser (the watches carry every object;
 * filtering is local so typing a selector re-lists nothing). Equality- and set-based:
 * `app=web,tier!=db`, `env in (a,b)`, `env notin (c)`, `canary`, `!canary`.
 */
export type Requirement =
  | { key: string; op: 'in' | 'notin'; values: string[] }
  | { key: string; op: 'exists' | '!exists' };

export class SelectorError extends Error {}

/** Splits on commas outside parentheses. */
function terms(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((t) => t.trim()).filter(Boolean);
}

export function parseSelector(text: string): Requirement[] {
  const reqs: Requirement[] = [];
  for (const term of terms(text)) {
    let m: RegExpExecArray | null;
    if ((m = /^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(term))) {
      reqs.push({ key: m[1]!, op: m[2] as 'in' | 'notin', values: m[3]!.split(',').map((v) => v.trim()) });
    } else if ((m = /^([\w./-]+)\s*(==|=|!=)\s*([\w.-]*)$/.exec(term))) {
      reqs.push({ key: m[1]!, op: m[2] === '!=' ? 'notin' : 'in', values: [m[3]!] });
    } else if ((m = /^!\s*([\w./-]+)$/.exec(term))) {
      reqs.push({ key: m[1]!, op: '!exists' });
    } else if ((m = /^([\w./-]+)$/.exec(term))) {
      reqs.push({ key: m[1]!, op: 'exists' });
    } else {
      throw new SelectorError(`cannot read "${term}" (use key=value, key!=value, key in (a,b), key, !key)`);
    }
  }
  return reqs;
}

export function matches(reqs: Requirement[], labels: Record<string, string> | null | undefined): boolean {
  const l = labels ?? {};
  return reqs.every((r) => {
    const has = Object.prototype.hasOwnProperty.call(l, r.key);
    switch (r.op) {
      case 'exists':
        return has;
      case '!exists':
        return !has;
      case 'in':
        return has && r.values.includes(l[r.key]!);
      case 'notin':
        return !has || !r.values.includes(l[r.key]!);
    }
  });
}

/** `{app: web}` → `app=web`. */
export function selectorText(matchLabels: Record<string, string> | null | undefined): string {
  return Object.entries(matchLabels ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}
