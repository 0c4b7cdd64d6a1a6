/**
 * How a node joins (DESIGN §7): an admin makes a bootstrap token; the agent, holding it, calls
 * joinNode and gets its own credential (`system:node:<name>`); with that it registers its Node
 * and from then on acts only under the node rules (server/auth/node-authorizer.ts).
 */
import { createBootstrapToken } from '../auth/bootstrap-token.ts';
import { issueNodeCredential, NODE_LEASE_NAMESPACE, nodeUser, validateNodeName } from '../auth/node-identity.ts';
import { CapstanError } from '../errors.ts';
import type { ApiContext } from './context.ts';
import type { MutationCreateBootstrapTokenArgs, MutationJoinNodeArgs, MutationRevokeBootstrapTokenArgs } from './generated/graphql.ts';

/** A node credential that authenticated a request this recently marks its node as live (last-used is kept to within 30 s). */
export const LIVE_CREDENTIAL_WINDOW_MS = 90_000;

function adminsOnly(ctx: ApiContext, what: string): void {
  if (ctx.identity.type !== 'admin') throw new CapstanError('FORBIDDEN', `${ctx.identity.user} may not ${what}: only admins may`);
}

export async function bootstrapTokensResolver(_: unknown, _args: unknown, ctx: ApiContext) {
  adminsOnly(ctx, 'list bootstrap tokens');
  const now = Date.now();
  return (await ctx.store.tokens.list('bootstrap')).map((t) => ({
    id: t.id,
    description: t.description,
    expiresAt: t.expiresAt?.toISOString() ?? null,
    expired: t.expiresAt !== null && t.expiresAt.getTime() <= now,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
  }));
}

export async function revokeBootstrapTokenResolver(_: unknown, args: MutationRevokeBootstrapTokenArgs, ctx: ApiContext) {
  adminsOnly(ctx, 'revoke bootstrap tokens');
  const subject = await ctx.store.tokens.revokeOfType('bootstrap', args.id);
  if (!subject) throw new CapstanError('NOT_FOUND', `bootstrap token "${args.id}" not found`);
  ctx.revokeIdentities((i) => i.type === 'bootstrap' && i.user === subject, 'the bootstrap token was revoked');
  ctx.logger.info({ by: ctx.identity.user, id: args.id }, 'bootstrap token revoked');
  return true;
}

/**
 * Why node `name` counts as running (so a joinNode for it would take it over), or null: its
 * Lease was renewed within its duration, or one of its credentials was used a moment ago.
 */
async function liveNodeEvidence(ctx: ApiContext, name: string, now = Date.now()): Promise<string | null> {
  const lease = await ctx.store.get('Lease', NODE_LEASE_NAMESPACE, name);
  const renewed = Date.parse(lease?.spec?.renewTime ?? '');
  const duration = Number(lease?.spec?.leaseDurationSeconds ?? 0);
  if (Number.isFinite(renewed) && duration > 0 && renewed + duration * 1000 > now) {
    return `its Lease was renewed ${Math.max(0, Math.round((now - renewed) / 1000))} s ago (duration ${duration} s)`;
  }
  if ((await ctx.store.tokens.usedSince('node', nodeUser(name), new Date(now - LIVE_CREDENTIAL_WINDOW_MS))) > 0) {
    return `its node credential was used within the last ${LIVE_CREDENTIAL_WINDOW_MS / 1000} s`;
  }
  return null;
}

export async function createBootstrapTokenResolver(_: unknown, args: Partial<MutationCreateBootstrapTokenArgs>, ctx: ApiContext) {
  if (ctx.identity.type !== 'admin') throw new CapstanError('FORBIDDEN', `${ctx.identity.user} may not create bootstrap tokens: only admins may`);
  const created = await createBootstrapToken(ctx.store.tokens, { ttlSeconds: args.ttlSeconds, description: args.description });
  ctx.logger.info({ by: ctx.identity.user, id: created.id, expiresAt: created.expiresAt?.toISOString() ?? null }, 'bootstrap token created');
  return { token: created.token, expiresAt: created.expiresAt?.toISOString() ?? null, description: created.description, id: created.id };
}

export async function joinNodeResolver(_: unknown, args: MutationJoinNodeArgs, ctx: ApiContext) {
  const { identity } = ctx;
  if (identity.type !== 'bootstrap' && identity.type !== 'admin') {
    throw new CapstanError('FORBIDDEN', `${identity.user} may not join nodes: only bootstrap tokens (and admins) may`);
  }
  if (args.allowRejoin && identity.type !== 'admin') {
    throw new CapstanError('FORBIDDEN', `${identity.user} may not set allowRejoin: only admins may let a join replace a live node's credential`);
  }
  validateNodeName(args.nodeName);
  if (!args.allowRejoin) {
    const live = await liveNodeEvidence(ctx, args.nodeName);
    if (live) {
      throw new CapstanError(
        'CONFLICT',
        `node "${args.nodeName}" is running (${live}): joining would take its name over. Stop that node, or wait until its Lease expires, or have an admin join it with allowRejoin`,
      );
    }
  }
  const credential = await issueNodeCredential(ctx.store.tokens, args.nodeName, identity.user);
  if (credential.revoked > 0) {
    const user = nodeUser(credential.nodeName);
    // Revoked in the database; here, also out of the token cache and off the WebSocket.
    ctx.revokeIdentities((i) => i.type === 'node' && i.user === user, 'the node credential was replaced by a new joinNode');
  }
  ctx.logger.info({ node: credential.nodeName, by: identity.user, revoked: credential.revoked, allowRejoin: !!args.allowRejoin }, 'node joined');
  return { nodeName: credential.nodeName, token: credential.token };
}
