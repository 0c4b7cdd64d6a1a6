/**
 * graphql-codegen configuration: server resolver types from schema.graphql (`npm run codegen`).
 * Kinds map to the store's generic KObject, so resolvers return stored objects as they are and
 * the nested types (PodSpec, …) are only ever read by GraphQL's default resolvers.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';
import { KIND_NAMES } from './api/kinds.ts';


const mappers: Record<string, string> = {
  HistoryEntry: '../types.ts#ApiHistoryEntry',
  Scale: '../types.ts#ApiScale',
};
for (const kind of KIND_NAMES) {
  mappers[kind] = '../../kinds/types.ts#KObject';
  mappers[`${kind}WatchEvent`] = '../types.ts#ApiWatchEvent';
}

const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'server/api/generated/graphql.ts': {
      plugins: [
        { add: { content: '/* Generated from schema.graphql by `npm run codegen`. Do not edit. */' } },
        'typescript',
        'typescript-resolvers',
      ],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context.ts#ApiContext',
        mappers,
        scalars: {
          JSON: { input: 'unknown', output: 'unknown' },
          IntOrString: { input: 'number | string', output: 'number | string' },
        },
      },
    },
  },
};

export default config;
