/**
 * A unified diff of two texts by lines (`diff -u` format, three lines of context), from a
 * longest-common-subsequence table: objects' YAML is a few hundred lines at most.
 */

type Op = { kind: ' ' | '-' | '+'; line: string; a: number; b: number };

function lines(text: string): string[] {
  if (text === '') return [];
  const out = text.split('\n');
  if (out.at(-1) === '') out.pop();
  return out;
}

function operations(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  // lcs[i][j]: the LCS length of a[i..] and b[j..], in one flat array.
  const w = m + 1;
  const lcs = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * w + j] = a[i] === b[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      ops.push({ kind: ' ', line: a[i]!, a: i++, b: j++ });
    } else if (j < m && (i >= n || lcs[i * w + j + 1]! > lcs[(i + 1) * w + j]!)) {
      ops.push({ kind: '+', line: b[j]!, a: i, b: j++ });
    } else {
      ops.push({ kind: '-', line: a[i]!, a: i++, b: j });
    }
  }
  return ops;
}

/** `--- from` / `+++ to` and `@@ … @@` hunks; '' when the texts are equal. */
export function unifiedDiff(before: string, after: string, fromLabel: string, toLabel: string, context = 3): string {
  const ops = operations(lines(before), lines(after));
  const changed = ops.map((o, k) => (o.kind === ' ' ? -1 : k)).filter((k) => k >= 0);
  if (changed.length === 0) return '';
  const hunks: [number, number][] = [];
  for (const k of changed) {
    const start = Math.max(0, k - context);
    const end = Math.min(ops.length - 1, k + context);
    const last = hunks.at(-1);
    if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end);
    else hunks.push([start, end]);
  }
  let out = `--- ${fromLabel}\n+++ ${toLabel}\n`;
  for (const [start, end] of hunks) {
    const slice = ops.slice(start, end + 1);
    const aLen = slice.filter((o) => o.kind !== '+').length;
    const bLen = slice.filter((o) => o.kind !== '-').length;
    const aStart = aLen === 0 ? slice[0]!.a : slice[0]!.a + 1;
    const bStart = bLen === 0 ? slice[0]!.b : slice[0]!.b + 1;
    out += `@@ -${aStart},${aLen} +${bStart},${bLen} @@\n`;
    for (const o of slice) out += `${o.kind}${o.line}\n`;
  }
  return out;
}
