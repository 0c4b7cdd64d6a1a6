/**
 * The kinds the CLI knows (the kind table of api/kinds.ts): the names users type (`po`, `pods`, `deployment.apps`), kubectl's
 * group-qualified names for output (`deployment.apps/web`), and the GraphQL fields of each.
 */
import { apiGroup, KIND_LIST } from '../../api/kinds.ts';
import { UsageError } from '../command.ts';

export interface Resource {
  kind: string;
  apiVersion: string;
  /** '' for the core group. */
  group: string;
  plural: string;
  singular: string;
  shortNames: readonly string[];
  namespaced: boolean;
  /** GraphQL field names: get one, list, watch. */
  getField: string;
  listField: string;
  watchField: string;
  /** Mutation suffix: `delete${mutationName}`, `patch${mutationName}`. */
  mutationName: string;
}

/** Every kind of the kind table (api/kinds.ts), with the CLI's field names. */
export const RESOURCES: readonly Resource[] = KIND_LIST.map((k) => ({
  kind: k.kind,
  apiVersion: k.apiVersion,
  group: apiGroup(k.apiVersion),
  plural: k.plural,
  singular: k.singular,
  shortNames: k.shortNames,
  namespaced: k.namespaced,
  getField: k.graphql.get,
  listField: k.graphql.list,
  watchField: k.graphql.watch,
  mutationName: k.graphql.mutation,
}));

/** The resource a user means by kind, plural, singular or short name, optionally `.group`. */
export function findResource(name: string): Resource | undefined {
  const wanted = name.trim().toLowerCase();
  for (const r of RESOURCES) {
    for (const n of [r.singular, r.plural, ...r.shortNames]) {
      if (wanted === n) return r;
      if (r.group && (wanted === `${n}.${r.group}` || wanted === `${n}.${r.apiVersion.split('/')[1]}.${r.group}`)) return r;
    }
  }
  return undefined;
}

export function resourceForKind(kind: string): Resource | undefined {
  return RESOURCES.find((r) => r.kind === kind);
}

export function requireResource(name: string): Resource {
  const r = findResource(name);
  if (!r) throw new UsageError(`the server doesn't have a resource type "${name}" (known: ${RESOURCES.map((x) => x.plural).join(', ')})`);
  return r;
}

/** `deployment.apps`, `pod`, `lease.coordination.k8s.io`: how kubectl names a kind in output. */
export function qualifiedSingular(r: Resource): string {
  return r.group ? `${r.singular}.${r.group}` : r.singular;
}

/** `deployments.apps`, `pods`: how kubectl names a kind in NotFound errors. */
export function qualifiedPlural(r: Resource): string {
  return r.group ? `${r.plural}.${r.group}` : r.plural;
}

/** `deployment.apps/web` */
export function objectRef(r: Resource, name: string): string {
  return `${qualifiedSingular(r)}/${name}`;
}

/**
 * Splits `KIND NAME…` or `KIND/NAME …` arguments into (resource, names) pairs, as kubectl does
 * for get, describe, delete.
 */
export function resourceArgs(args: readonly string[]): { resource: Resource; names: string[] }[] {
  if (args.length === 0) return [];
  if (args.some((a) => a.includes('/'))) {
    const out: { resource: Resource; names: string[] }[] = [];
    for (const a of args) {
      const slash = a.indexOf('/');
      if (slash < 0) throw new UsageError(`there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'capstan get resource/<resource_name>' instead of 'capstan get resource resource/<resource_name>')`);
      const r = requireResource(a.slice(0, slash));
      const name = a.slice(slash + 1);
      const last = out.at(-1);
      if (last && last.resource === r) last.names.push(name);
      else out.push({ resource: r, names: [name] });
    }
    return out;
  }
  const [kinds, ...names] = args;
  return kinds!.split(',').map((k) => ({ resource: requireResource(k), names }));
}
