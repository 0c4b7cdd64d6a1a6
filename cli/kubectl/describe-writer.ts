/**
 * The layout of `describe`: `Key:  value` lines indented by level, keys of consecutive lines
 * at the same level aligned (what kubectl's PrefixWriter and tabwriter do), and sub-tables.
 */
export class DescribeWriter {
  private lines: ({ level: number; key: string; value: string } | { level: number; raw: string })[] = [];

  /** `Key:  value`; an empty value prints `Key:` alone (a section heading). */
  item(level: number, key: string, value: string | number | boolean | undefined | null = ''): void {
    // An empty key continues the item above (a second taint, toleration, …) under its value.
    this.lines.push({ level, key: key ? `${key}:` : '', value: value === undefined || value === null ? '<none>' : String(value) });
  }

  /** A map as kubectl prints labels: the first pair beside the key, the others aligned under it. */
  map(level: number, key: string, m: Record<string, unknown> | undefined | null, sep = '='): void {
    const entries = Object.entries(m ?? {}).sort(([a], [b]) => a.localeCompare(b));
    if (entries.length === 0) return this.item(level, key, '<none>');
    entries.forEach(([k, v], i) => this.lines.push({ level, key: i === 0 ? `${key}:` : '', value: `${k}${sep}${String(v)}` }));
  }

  raw(level: number, text: string): void {
    this.lines.push({ level, raw: text });
  }

  /** Rows with their header and a dashed underline, as `Events:` prints. */
  table(level: number, header: string[], rows: string[][]): void {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const fmt = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]! + 2))).join('').trimEnd();
    this.raw(level, fmt(header));
    this.raw(level, fmt(header.map((h) => '-'.repeat(h.length))));
    for (const r of rows) this.raw(level, fmt(r));
  }

  toString(): string {
    let out = '';
    for (let i = 0; i < this.lines.length; ) {
      const line = this.lines[i]!;
      if ('raw' in line) {
        out += `${'  '.repeat(line.level)}${line.raw}\n`;
        i++;
        continue;
      }
      // The run of consecutive items at this level shares one key width.
      let j = i;
      let width = 0;
      while (j < this.lines.length && !('raw' in this.lines[j]!) && this.lines[j]!.level === line.level) {
        width = Math.max(width, (this.lines[j] as { key: string }).key.length);
        j++;
      }
      for (let k = i; k < j; k++) {
        const it = this.lines[k] as { level: number; key: string; value: string };
        out += `${'  '.repeat(it.level)}${it.value === '' ? it.key : `${it.key.padEnd(width + 2)}${it.value}`}`.trimEnd() + '\n';
      }
      i = j;
    }
    return out;
  }
}
