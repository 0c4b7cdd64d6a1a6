/**
 * kubectl-style command lines: flags anywhere among the positionals (`get pods -n x web`),
 * `--flag=value`, `--flag value`, `-n value`, `-nvalue`, grouped short booleans (`-Aw`),
 * repeated flags (`-f a.yaml -f b.yaml`) and `--` to end the flags.
 */
import { UsageError } from '../command.ts';

export interface FlagSpec {
  name: string;
  short?: string;
  /**
   * string: takes a value; boolean: `--x`, `--x=false`; list: a value, repeatable;
   * optional: a value only with `=` (`--dry-run` alone is `default`).
   */
  type: 'string' | 'boolean' | 'list' | 'optional';
  valueName?: string;
  description: string;
  /** For `optional` flags given without a value; for others, shown in help. */
  default?: string;
}

export type ParsedFlags = Record<string, string | boolean | string[] | undefined>;

export interface ParsedArgs {
  positionals: string[];
  flags: ParsedFlags;
}

/** Parses `argv` against `specs`; unknown flags and missing values are UsageErrors. */
export function parseCommandLine(argv: readonly string[], specs: readonly FlagSpec[]): ParsedArgs {
  const byLong = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short!, s]));
  const flags: ParsedFlags = {};
  const positionals: string[] = [];

  const set = (spec: FlagSpec, value: string | boolean) => {
    if (spec.type === 'list') {
      const list = (flags[spec.name] as string[] | undefined) ?? [];
      list.push(String(value));
      flags[spec.name] = list;
    } else {
      flags[spec.name] = value;
    }
  };

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      const inline = eq < 0 ? undefined : arg.slice(eq + 1);
      const spec = byLong.get(name);
      if (!spec) throw new UsageError(`unknown flag: --${name}`);
      if (spec.type === 'boolean') {
        set(spec, inline === undefined ? true : parseBoolean(name, inline));
      } else if (spec.type === 'optional') {
        set(spec, inline ?? spec.default ?? '');
      } else if (inline !== undefined) {
        set(spec, inline);
      } else {
        const next = argv[i + 1];
        if (next === undefined) throw new UsageError(`flag needs an argument: --${name}`);
        set(spec, next);
        i++;
      }
      continue;
    }
    if (arg.startsWith('-') && arg.length > 1 && !/^-\d/.test(arg)) {
      // -n x, -nx, -n=x, -Aw
      for (let j = 1; j < arg.length; j++) {
        const c = arg[j]!;
        const spec = byShort.get(c);
        if (!spec) throw new UsageError(`unknown shorthand flag: '${c}' in ${arg}`);
        if (spec.type === 'boolean') {
          set(spec, true);
          continue;
        }
        let rest = arg.slice(j + 1);
        if (rest.startsWith('=')) rest = rest.slice(1);
        if (rest !== '') {
          set(spec, rest);
        } else if (spec.type === 'optional') {
          set(spec, spec.default ?? '');
        } else {
          const next = argv[i + 1];
          if (next === undefined) throw new UsageError(`flag needs an argument: '${c}' in -${c}`);
          set(spec, next);
          i++;
        }
        break;
      }
      continue;
    }
    positionals.push(arg);
  }
  return { positionals, flags };
}

function parseBoolean(name: string, value: string): boolean {
  if (['true', '1', 't', 'T', 'TRUE', 'True'].includes(value)) return true;
  if (['false', '0', 'f', 'F', 'FALSE', 'False'].includes(value)) return false;
  throw new UsageError(`invalid argument "${value}" for "--${name}" flag: expected true or false`);
}

export function str(flags: ParsedFlags, name: string): string | undefined {
  const v = flags[name];
  return typeof v === 'string' ? v : undefined;
}

export function bool(flags: ParsedFlags, name: string): boolean {
  return flags[name] === true;
}

export function list(flags: ParsedFlags, name: string): string[] {
  const v = flags[name];
  return Array.isArray(v) ? v : [];
}

/** An integer flag, or `fallback` when absent. */
export function int(flags: ParsedFlags, name: string, fallback?: number): number | undefined {
  const v = str(flags, name);
  if (v === undefined) return fallback;
  if (!/^-?\d+$/.test(v)) throw new UsageError(`invalid argument "${v}" for "--${name}" flag: not an integer`);
  return Number(v);
}

/** Go durations as kubectl takes them: `30s`, `5m`, `1h30m`, `250ms`; a bare number is seconds. */
export function durationMs(text: string, flag: string): number {
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/g;
  let total = 0;
  let consumed = 0;
  for (const m of text.matchAll(re)) {
    if (m.index !== consumed) break;
    consumed += m[0].length;
    total += Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] as 'ms' | 's' | 'm' | 'h'];
  }
  if (consumed !== text.length || text === '') throw new UsageError(`invalid argument "${text}" for "--${flag}" flag: a duration like 30s, 5m or 1h`);
  return total;
}
