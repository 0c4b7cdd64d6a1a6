/**
 * graphql-codegen plugin: every operation of the documents as a plain string constant carrying
 * its result and variables types (`TypedDocument<AgentPodQuery, AgentPodQueryVariables>`), with
 * the fragments it spreads appended. Plain strings, not graphql-codegen's `TypedDocumentString`
 * (a String subclass): the clients send them as they are and no `string` parameter needs changing.
 *
 * Result and variables type names follow typescript-operations' defaults (`<Name><OperationType>`
 * and `<Name><OperationType>Variables`), so this plugin runs after it in the same output file.
 */
import type { PluginFunction } from '@graphql-codegen/plugin-helpers';
import { Kind, print, visit, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';

export interface TypedStringsConfig {
  /** Import of the `TypedDocument` type, e.g. `../typed-document.ts`. */
  typedDocumentFrom: string;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function spreads(node: OperationDefinitionNode | FragmentDefinitionNode): string[] {
  const names: string[] = [];
  visit(node, { FragmentSpread: (s) => void names.push(s.name.value) });
  return names;
}

export const plugin: PluginFunction<TypedStringsConfig> = (_schema, documents, config) => {
  const all: DocumentNode['definitions'][number][] = documents.flatMap((d) => d.document?.definitions ?? []);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of all) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);

  /** The definition followed by every fragment it spreads, directly or not. */
  const withFragments = (def: OperationDefinitionNode | FragmentDefinitionNode): string => {
    const used: FragmentDefinitionNode[] = [];
    // Fragments and operations have names of their own: AgentPod may name both.
    const seen = new Set<string>(def.kind === Kind.FRAGMENT_DEFINITION ? [def.name.value] : []);
    const queue = spreads(def);
    while (queue.length > 0) {
      const name = queue.shift()!;
      if (seen.has(name)) continue;
      seen.add(name);
      const fragment = fragments.get(name);
      if (!fragment) throw new Error(`typed-strings: ${def.name?.value} spreads unknown fragment ${name}`);
      used.push(fragment);
      queue.push(...spreads(fragment));
    }
    return [def, ...used].map((d) => print(d)).join('\n');
  };

  const out: string[] = [];
  for (const def of all) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) {
      // A fragment's text (with the fragments it spreads) to append to a document built at run
      // time; its data type is `<Name>Fragment`.
      const typeName = `${def.name.value}Fragment`;
      out.push(`export const ${typeName}Document = ${JSON.stringify(withFragments(def))} as TypedDocument<${typeName}, never>;`);
      continue;
    }
    if (def.kind !== Kind.OPERATION_DEFINITION) continue;
    if (!def.name) throw new Error('typed-strings: every operation needs a name (it names the exported constant)');
    const typeName = `${def.name.value}${capitalize(def.operation)}`;
    out.push(`export const ${def.name.value}Document = ${JSON.stringify(withFragments(def))} as TypedDocument<${typeName}, ${typeName}Variables>;`);
  }
  return {
    prepend: [`import type { TypedDocument } from '${config.typedDocumentFrom}';`],
    content: `${out.join('\n\n')}\n`,
  };
};
