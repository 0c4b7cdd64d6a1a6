/**
 * CPU profiles of a benchmark's server process, taken through the inspector protocol (node 20
 * refuses `--cpu-prof` in NODE_OPTIONS, `--inspect` it takes): start the process with
 * `inspectEnv(port)`, then `startProfile(port)` around the window to measure. `summarise` turns
 * a profile into self and inclusive time by function and by module, where a module is an npm
 * package, a node core area, or, for Capstan's bundled code in dist/, the source file (read
 * from dist/'s source maps).
 */
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { ROOT } from '../test/harness.ts';

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; hitCount?: number; children?: number[] }[];
  samples?: number[];
  startTime: number;
  endTime: number;
}

/** NODE_OPTIONS for a child process that a profile may be taken of. */
export function inspectEnv(port: number): Record<string, string> {
  return { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --inspect=127.0.0.1:${port}`.trim() };
}

/** Starts the sampling profiler (1 ms) of the process listening for the inspector on `port`. */
export async function startProfile(port: number): Promise<{ stop(): Promise<CpuProfile> }> {
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as { webSocketDebuggerUrl: string }[];
  const socket = new WebSocket(targets[0]!.webSocketDebuggerUrl, { maxPayload: 1024 * 1024 * 1024 });
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  let id = 0;
  const pending = new Map<number, (result: any) => void>();
  socket.on('message', (data) => {
    const m = JSON.parse(data.toString()) as { id?: number; result?: unknown };
    if (m.id !== undefined) pending.get(m.id)?.(m.result);
  });
  const call = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<any>((resolve) => {
      pending.set(++id, resolve);
      socket.send(JSON.stringify({ id, method, params }));
    });
  await call('Profiler.enable');
  await call('Profiler.setSamplingInterval', { interval: 1000 });
  await call('Profiler.start');
  return {
    async stop() {
      const { profile } = await call('Profiler.stop');
      socket.close();
      return profile as CpuProfile;
    },
  };
}

/** Where a frame's code comes from: an npm package, a node core area, a Capstan source file, or a V8 pseudo-frame. */
function locate(name: string, url: string, line: number, column: number, maps: SourceMaps): { module: string; line?: number } {
  // "(garbage collector)" and the like are their own module; other frames without a file are V8's builtins.
  if (url === '') return { module: name.startsWith('(') ? name : 'v8/native' };
  const file = url.replace(/^file:\/\//, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (pkg) return { module: pkg[1]!, line: line + 1 };
  if (file.startsWith('node:')) {
    const m = file.slice(5);
    if (/^_?https?|^_http/.test(m)) return { module: 'node:http', line: line + 1 };
    if (/^net|^stream|^internal\/streams|^_stream/.test(m) || m.startsWith('internal/stream_base')) return { module: 'node:net+streams', line: line + 1 };
    return { module: `node:${m.split('/').slice(0, m.startsWith('internal/') ? 2 : 1).join('/')}`, line: line + 1 };
  }
  if (file.startsWith(`${ROOT}/dist/`)) {
    const src = maps.source(file, line, column);
    return src ? { module: `capstan:${src.file}`, line: src.line } : { module: `capstan:${path.relative(ROOT, file)}`, line: line + 1 };
  }
  if (file.startsWith(ROOT)) return { module: `capstan:${path.relative(ROOT, file)}`, line: line + 1 };
  return { module: file, line: line + 1 };
}

/** dist/'s source maps, read once each: bundled positions back to source files and lines. */
class SourceMaps {
  private readonly maps = new Map<string, SourceMap | null>();
  source(file: string, line: number, column: number): { file: string; line: number } | undefined {
    let map = this.maps.get(file);
    if (map === undefined) {
      try {
        map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
      } catch {
        map = null;
      }
      this.maps.set(file, map);
    }
    const entry = map?.findEntry(line, column) as { originalSource?: string; originalLine?: number } | undefined;
    if (!entry?.originalSource) return undefined;
    const src = entry.originalSource.startsWith('file://') ? fileURLToPath(entry.originalSource) : path.resolve(path.dirname(file), entry.originalSource);
    return { file: path.relative(ROOT, src), line: (entry.originalLine ?? 0) + 1 };
  }
}

export interface ProfileSummary {
  /** Samples (1 ms apart while the process runs) that were neither idle nor "(program)". */
  busySamples: number;
  byFunction: { name: string; selfPct: number; totalPct: number }[];
  byModule: { module: string; selfPct: number; totalPct: number }[];
}

/**
 * Self time (samples in the function itself) and inclusive time (samples with it anywhere on
 * the stack, each sample counted once however deep the recursion) as percentages of the busy
 * samples; idle and "(program)" samples are waiting, not cost.
 */
export function summarise(profile: CpuProfile, count = 25): ProfileSummary {
  const maps = new SourceMaps();
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const fnKey = new Map<number, string>();
  const modKey = new Map<number, string>();
  for (const n of profile.nodes) {
    const f = n.callFrame;
    const at = locate(f.functionName, f.url, f.lineNumber, f.columnNumber, maps);
    modKey.set(n.id, at.module);
    fnKey.set(n.id, `${f.functionName || '(anonymous)'} (${at.module.replace(/^capstan:/, '')}${at.line ? `:${at.line}` : ''})`);
  }
  const fnSelf = new Map<string, number>();
  const fnTotal = new Map<string, number>();
  const modSelf = new Map<string, number>();
  const modTotal = new Map<string, number>();
  const add = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  let busy = 0;
  for (const id of profile.samples ?? []) {
    const name = byId.get(id)?.callFrame.functionName;
    if (name === '(idle)' || name === '(program)') continue;
    busy++;
    add(fnSelf, fnKey.get(id)!);
    add(modSelf, modKey.get(id)!);
    const fns = new Set<string>();
    const mods = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      fns.add(fnKey.get(at)!);
      mods.add(modKey.get(at)!);
    }
    for (const k of fns) add(fnTotal, k);
    for (const k of mods) add(modTotal, k);
  }
  const pct = (n: number | undefined) => Math.round(((n ?? 0) / Math.max(1, busy)) * 1000) / 10;
  return {
    busySamples: busy,
    byFunction: [...fnSelf]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, n]) => ({ name, selfPct: pct(n), totalPct: pct(fnTotal.get(name)) })),
    byModule: [...modTotal.keys()]
      .map((module) => ({ module, selfPct: pct(modSelf.get(module)), totalPct: pct(modTotal.get(module)) }))
      .sort((a, b) => b.selfPct - a.selfPct || b.totalPct - a.totalPct)
      .slice(0, count),
  };
}

/** The summary as lines of text, for a benchmark's output. */
export function formatSummary(s: ProfileSummary): string {
  const rows = (list: { selfPct: number; totalPct: number }[], label: (r: any) => string) =>
    list.map((r) => `  ${String(r.selfPct).padStart(5)} % ${String(r.totalPct).padStart(5)} %  ${label(r)}`).join('\n');
  return [
    `${s.busySamples} busy samples; self % / inclusive % of them`,
    'by module:',
    rows(s.byModule, (r) => r.module),
    'by function (self):',
    rows(s.byFunction, (r) => r.name),
  ].join('\n');
}
