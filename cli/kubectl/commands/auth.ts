/**
 * `capstan auth can-i VERB (TYPE | TYPE/NAME | NONRESOURCEURL) [-n NS | -A] [--subresource S]
 * [--as USER [--as-group G]…] [-q]` and `capstan auth can-i --list`: kubectl's `auth can-i`,
 * answered by the server's canI and authorizedActions. Prints yes or no; exits 0 for yes, 1 for
 * no (and for errors), as kubectl does.
 */
import { UsageError } from '../../command.ts';
import { bool, list, str } from '../args.ts';
import { ApiError } from '../client.ts';
import type { Invocation } from '../kubectl-command.ts';

interface Rule {
  verbs: string[];
  apiGroups: string[] | null;
  resources: string[] | null;
  resourceNames: string[] | null;
  nonResourceURLs: string[] | null;
}

export async function auth(inv: Invocation): Promise<number> {
  const [sub, ...rest] = inv.args;
  if (sub !== 'can-i') throw new UsageError(sub === undefined ? 'name a subcommand: capstan auth can-i VERB RESOURCE' : `unknown subcommand "${sub}": capstan auth supports can-i`);
  return bool(inv.flags, 'list') ? canIList(inv, rest) : canI(inv, rest);
}

function impersonation(inv: Invocation): { as: string | null; asGroups: string[] | null } {
  const as = str(inv.flags, 'as') ?? null;
  const asGroups = list(inv.flags, 'as-group');
  if (asGroups.length > 0 && !as) throw new UsageError('--as-group requires --as');
  return { as, asGroups: asGroups.length > 0 ? asGroups : null };
}

async function canI(inv: Invocation, args: string[]): Promise<number> {
  const [verb, target, ...extra] = args;
  if (!verb || !target) throw new UsageError('VERB and RESOURCE are required: capstan auth can-i VERB (TYPE | TYPE/NAME | NONRESOURCEURL)');
  if (extra.length > 0) throw new UsageError(`unexpected arguments: ${extra.join(' ')}`);
  let resource = target;
  let name: string | null = null;
  // TYPE/NAME as kubectl has it; sub-resources go in --subresource. URLs keep their slashes.
  if (!target.startsWith('/')) {
    const slash = target.indexOf('/');
    if (slash >= 0) {
      resource = target.slice(0, slash);
      name = target.slice(slash + 1) || null;
    }
  }
  const namespace = inv.allNamespaces || target.startsWith('/') ? null : inv.namespace;
  const client = await inv.client();
  let allowed: boolean;
  try {
    const r = await client.request<{ canI: boolean }>(
      'query($v: String!, $r: String!, $ns: String, $n: String, $s: String, $as: String, $g: [String!]) { canI(verb: $v, resource: $r, namespace: $ns, name: $n, subresource: $s, as: $as, asGroups: $g) }',
      { v: verb, r: resource, ns: namespace, n: name, s: str(inv.flags, 'subresource') ?? null, ...impersonationVars(inv) },
    );
    allowed = r.canI;
  } catch (err) {
    // kubectl warns about an unknown resource type and answers no.
    if (!(err instanceof ApiError && err.code === 'INVALID')) throw err;
    inv.ctx.stderr(`Warning: ${err.message.replace(/^resource: /, '')}\n`);
    allowed = false;
  }
  if (!bool(inv.flags, 'quiet')) inv.ctx.stdout(allowed ? 'yes\n' : 'no\n');
  return allowed ? 0 : 1;
}

function impersonationVars(inv: Invocation): { as: string | null; g: string[] | null } {
  const { as, asGroups } = impersonation(inv);
  return { as, g: asGroups };
}

const join = (values: string[] | null | undefined) => `[${(values ?? []).join(' ')}]`;

/** `--list`: kubectl's table of Resources, Non-Resource URLs, Resource Names and Verbs. */
async function canIList(inv: Invocation, args: string[]): Promise<number> {
  if (args.length > 0) throw new UsageError('--list takes no VERB or RESOURCE');
  const client = await inv.client();
  const { as, asGroups } = impersonation(inv);
  const r = await client.request<{ authorizedActions: { resourceRules: Rule[]; nonResourceRules: Rule[] } }>(
    `query($ns: String, $as: String, $g: [String!]) { authorizedActions(namespace: $ns, as: $as, asGroups: $g) {
      resourceRules { verbs apiGroups resources resourceNames nonResourceURLs }
      nonResourceRules { verbs apiGroups resources resourceNames nonResourceURLs } } }`,
    { ns: inv.namespace, as, g: asGroups },
  );
  const rows: string[][] = [];
  for (const rule of r.authorizedActions.resourceRules) {
    for (const group of rule.apiGroups ?? ['']) {
      for (const res of rule.resources ?? []) rows.push([group ? `${res}.${group}` : res, '[]', join(rule.resourceNames), join(rule.verbs)]);
    }
  }
  for (const rule of r.authorizedActions.nonResourceRules) {
    for (const url of rule.nonResourceURLs ?? []) rows.push(['', `[${url}]`, '[]', join(rule.verbs)]);
  }
  const header = ['Resources', 'Non-Resource URLs', 'Resource Names', 'Verbs'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `${cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('   ')}\n`;
  inv.ctx.stdout(line(header) + rows.map(line).join(''));
  return 0;
}
