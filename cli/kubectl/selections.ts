/**
 * Selection sets that ask for every field of a kind, so the CLI prints whole objects
 * (`-o yaml`). They are generated from schema.graphql by `npm run codegen`
 * (api/generated/selections.ts; api/generated.test.ts fails when they fall behind the schema),
 * so a CLI call reads no schema at run time.
 */
import type { KindName } from '../../api/kinds.ts';
import { TYPE_FIELDS } from '../../api/generated/selections.ts';

const cache = new Map<string, string>();

/**
 * `{ apiVersion kind metadata { name … } … }` for `kind`. Top-level fields named in `skip` (as
 * `Kind.field`) are left out: Pod.schedulingExplanation is computed per request and only
 * `describe` wants it.
 */
export function selectionFor(kind: string, skip: readonly string[] = ['Pod.schedulingExplanation']): string {
  const key = `${kind}|${skip.join(',')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const fields: readonly string[] | undefined = TYPE_FIELDS[kind as KindName];
  if (!fields) throw new Error(`no kind ${kind} in the generated selections (api/generated/selections.ts)`);
  const selection = `{ ${fields.filter((f) => !skip.includes(`${kind}.${/^\w+/.exec(f)![0]}`)).join(' ')} }`;
  cache.set(key, selection);
  return selection;
}
