/**
 * graphql-codegen configuration (`npm run codegen`): everything typed that comes from
 * schema.graphql. api/generated/ is the contract the clients share (api/ imports nothing outside
 * itself); server/api/generated/ holds the server's resolver types. api/generated.test.ts
 * regenerates in memory and fails when a committed file is out of date.
 *
 * - api/generated/graphql.ts: every schema type (`Pod`, `PodSpec`, `PodStatusInput`, …) and the
 *   agent's and the dashboard's operations as typed documents (`AgentPodDocument` is the query
 *   text typed with `AgentPodQuery` and `AgentPodQueryVariables`).
 * - api/generated/selections.ts: each kind's fields with their whole nested selection, which the
 *   CLI asks for (`get -o yaml`) without reading schema.graphql at run time.
 * - server/api/generated/graphql.ts: resolver types. Kinds map to the store's KObject with their
 *   spec and status typed (kind-objects.ts below), so resolvers return stored objects as they are.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';
import type { CodegenPlugin } from '@graphql-codegen/plugin-helpers';
import { KIND_NAMES } from './api/kinds.ts';
import * as selectionsPlugin from './scripts/codegen/selections.ts';
import * as typedStringsPlugin from './scripts/codegen/typed-strings.ts';

const HEADER = { add: { content: '/* Generated from schema.graphql by `npm run codegen`. Do not edit. */' } };

const SCALARS = {
  JSON: { input: 'unknown', output: 'unknown' },
  IntOrString: { input: 'number | string', output: 'number | string' },
};

/**
 * For the clients, a JSON value the API answers is an object: every JSON output field of the
 * schema is a string map (labels, data, quantities) or a whole object (a history entry's).
 * Inputs stay `unknown` (a merge patch may be anything).
 */
const CLIENT_SCALARS = { ...SCALARS, JSON: { input: 'unknown', output: 'Record<string, any>' } };

const mappers: Record<string, string> = {
  HistoryEntry: '../types.ts#ApiHistoryEntry',
  Scale: '../types.ts#ApiScale',
};
for (const kind of KIND_NAMES) {
  mappers[kind] = `./kind-objects.ts#${kind}Object`;
  mappers[`${kind}WatchEvent`] = '../types.ts#ApiWatchEvent';
}

/**
 * server/api/generated/kind-objects.ts: what resolvers of a kind receive and return. The store's
 * KObject (spec and status `any`, other fields open) with the kind's spec and status typed from
 * the schema, so a stored object is one as it is and a field resolver reads `pod.spec.nodeName`
 * as `string | null | undefined`.
 */
const KIND_OBJECTS = [
  "import type { KObject } from '../../kinds/types.ts';",
  "import type * as Api from './graphql.ts';",
  '',
  '/** `T[K]` where the kind has that field; `any` otherwise, as the store has it. */',
  'type Field<T, K extends string> = T extends { [P in K]?: infer V } ? V : any;',
  '',
  '/** A stored object whose spec and status have their schema types. */',
  "export interface StoredObject<T> {",
  '  apiVersion: string;',
  '  kind: string;',
  "  metadata: KObject['metadata'];",
  "  spec?: Field<T, 'spec'>;",
  "  status?: Field<T, 'status'>;",
  '  /** Kinds without spec/status keep their payload in other top-level fields (data, subsets, …), as in KObject. */',
  '  [field: string]: any;',
  '}',
  '',
  ...KIND_NAMES.map((k) => `export type ${k}Object = StoredObject<Api.${k}>;`),
].join('\n');

/** Our own plugins, by the names used below; the rest are graphql-codegen's packages. */
const LOCAL_PLUGINS: Record<string, CodegenPlugin> = { 'capstan-selections': selectionsPlugin, 'capstan-typed-strings': typedStringsPlugin };

const config: CodegenConfig = {
  schema: 'schema.graphql',
  // Schema order, not alphabetical (the schema loader reads the root config): the CLI prints
  // objects in the order their fields are asked for.
  config: { sort: false },
  pluginLoader: async (name: string): Promise<CodegenPlugin> => LOCAL_PLUGINS[name] ?? ((await import(name)) as CodegenPlugin),
  generates: {
    'api/generated/types.ts': {
      plugins: [HEADER, 'typescript'],
      config: { useTypeImports: true, enumsAsTypes: true, scalars: CLIENT_SCALARS },
    },
    'api/generated/operations.ts': {
      documents: ['node-agent/queries.graphql', 'dashboard/src/kinds.graphql', 'dashboard/src/operations.graphql'],
      // The files load concurrently: in file order, so the output does not change from run to run.
      documentTransforms: [{ transform: ({ documents }) => [...documents].sort((a, b) => (a.location ?? '').localeCompare(b.location ?? '')) }],
      plugins: [HEADER, 'typescript-operations', 'capstan-typed-strings'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: CLIENT_SCALARS,
        importSchemaTypesFrom: './api/generated/types.ts',
        namespacedImportName: 'Types',
        // './types.js' rather than './types': the type-only import resolves under NodeNext too.
        emitLegacyCommonJSImports: false,
        typedDocumentFrom: '../typed-document.ts',
      },
    },
    'api/generated/selections.ts': {
      plugins: [HEADER, 'capstan-selections'],
      config: {
        types: KIND_NAMES,
        nestedSkips: { 'PodTemplateSpec.metadata': ['name'], 'JobTemplateSpec.metadata': ['name'] },
        imports: ["import type { KindName } from '../kinds.ts';"],
        satisfies: 'Record<KindName, readonly string[]>',
      },
    },
    'server/api/generated/kind-objects.ts': {
      plugins: [HEADER, { add: { content: KIND_OBJECTS } }],
    },
    'server/api/generated/graphql.ts': {
      plugins: [HEADER, 'typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context.ts#ApiContext',
        mappers,
        scalars: SCALARS,
      },
    },
  },
};

export default config;
