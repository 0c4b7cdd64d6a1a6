/**
 * `-f FILE|DIR|-`: reads manifests and parses them here, before anything is sent, so a YAML
 * mistake names its file, document and line. Parsed as the server parses them (YAML 1.1 as
 * Kubernetes does, no implicit timestamps); `kind: List` documents are expanded into their items.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CommandError } from '../command.ts';
import type { KObject } from './output.ts';

export interface Source {
  /** The path as given, or `STDIN`. */
  name: string;
  text: string;
}

export interface Manifest {
  source: string;
  /** 1-based document number in its source. */
  document: number;
  /** 1-based line where the document starts. */
  line: number;
  object: KObject;
}

const EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

export async function readSources(paths: readonly string[], opts: { recursive?: boolean; stdin?: () => Promise<string> } = {}): Promise<Source[]> {
  const sources: Source[] = [];
  const visit = (p: string, top: boolean) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new CommandError(`error: the path "${p}" does not exist`);
    }
    if (st.isDirectory()) {
      if (!top && !opts.recursive) return;
      for (const entry of readdirSync(p).sort()) {
        const full = path.join(p, entry);
        if (statSync(full).isDirectory()) visit(full, false);
        else if (EXTENSIONS.has(path.extname(entry).toLowerCase())) sources.push({ name: full, text: readFileSync(full, 'utf8') });
      }
    } else {
      sources.push({ name: p, text: readFileSync(p, 'utf8') });
    }
  };
  for (const p of paths) {
    if (p === '-') sources.push({ name: 'STDIN', text: await (opts.stdin ?? readStdin)() });
    else visit(p, true);
  }
  return sources;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const isObject = (v: unknown): v is Record<string, any> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Every object in `sources`, in order; throws a CommandError naming file, document and line. */
export async function parseSources(sources: readonly Source[], opts: { requireName?: boolean; verb?: string } = {}): Promise<Manifest[]> {
  const { LineCounter, parseAllDocuments } = await import('yaml');
  const out: Manifest[] = [];
  for (const src of sources) {
    const lines = new LineCounter();
    const docs = parseAllDocuments(src.text, {
      version: '1.1',
      lineCounter: lines,
      customTags: (tags) =>
        tags.filter((t) => (typeof t === 'string' ? !['timestamp', 'intTime', 'floatTime'].includes(t) : !t.tag.endsWith(':timestamp') && t.format !== 'TIME')),
    });
    if (!Array.isArray(docs)) continue;
    for (const [i, doc] of docs.entries()) {
      // The line of the document's first key, not of its `---`.
      const start = lines.linePos(doc.contents?.range?.[0] ?? doc.range[0]).line;
      const where = (line = start) => `error: error parsing ${src.name}: document ${i + 1}, line ${line}`;
      if (doc.errors.length > 0) {
        const e = doc.errors[0]!;
        const line = e.linePos ? e.linePos[0].line : start;
        const col = e.linePos ? `, column ${e.linePos[0].col}` : '';
        throw new CommandError(`${where(line)}${col}: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`);
      }
      let value: unknown;
      try {
        value = doc.toJS({ maxAliasCount: 100 });
      } catch (err) {
        throw new CommandError(`${where()}: ${(err as Error).message.split('\n')[0]}`);
      }
      if (value === null || value === undefined) continue;
      if (!isObject(value)) throw new CommandError(`${where()}: a document must be a mapping with apiVersion, kind and metadata`);
      const objects = value.kind === 'List' && Array.isArray(value.items) ? value.items : [value];
      for (const o of objects) {
        if (!isObject(o)) throw new CommandError(`${where()}: a List's items must be mappings`);
        if (typeof o.kind !== 'string' || !o.kind) throw new CommandError(`${where()}: kind not set`);
        if (typeof o.apiVersion !== 'string' || !o.apiVersion) throw new CommandError(`${where()}: apiVersion not set`);
        if (opts.requireName && (!isObject(o.metadata) || typeof o.metadata.name !== 'string' || !o.metadata.name)) {
          throw new CommandError(`${where()}: metadata.name not set (${o.kind})`);
        }
        out.push({ source: src.name, document: i + 1, line: start, object: o as KObject });
      }
    }
  }
  if (out.length === 0) throw new CommandError(`error: no objects passed to ${opts.verb ?? 'apply'}`);
  return out;
}
