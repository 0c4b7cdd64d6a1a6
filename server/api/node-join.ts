/**
 * How a node joins (DESIGN §7): an admin makes a bootstrap token; the agent, holding it, calls
 * joinNode and gets its own credential (`system:node:<name>`); with that it registers its Node
 * and from then on acts only under the node rules (server/auth/node-authorizer.ts).
 */
import { createBootstrapToken } from '../auth/bootstrap-token.ts';
import { issueNodeCredential, nodeUser } from '../auth/node-identity.ts';
import { CapstanError } from '../errors.ts';
import type { ApiContext } from './context.ts';
import type { MutationCreateBootstrapTokenArgs, MutationJoinNodeArgs } from './generated/graphql.ts';

export async function createBootstrapTokenResolver(_: unknown, args: Partial<MutationCreateBootstrapTokenArgs>, ctx: ApiContext) {
  if (ctx.identity.type !== 'admin') throw new CapstanError('FORBIDDEN', `${ctx.identity.user} may not create bootstrap tokens: only admins may`);
  const created = await createBootstrapToken(ctx.store.tokens, { ttlSeconds: args.ttlSeconds, description: args.description });
  ctx.logger.info({ by: ctx.identity.user, expiresAt: created.expiresAt?.toISOString() ?? null }, 'bootstrap token created');
  return { token: created.token, expiresAt: created.expiresAt?.toISOString() ?? null, description: created.description };
}

export async function joinNodeResolver(_: unknown, args: MutationJoinNodeArgs, ctx: ApiContext) {
  const { identity } = ctx;
  if (identity.type !== 'bootstrap' && identity.type !== 'admin') {
    throw new CapstanError('FORBIDDEN', `${identity.user} may not join nodes: only bootstrap tokens (and admins) may`);
  }
  const credential = await issueNodeCredential(ctx.store.tokens, args.nodeName, identity.user);
  if (credential.revoked > 0) {
    const user = nodeUser(credential.nodeName);
    // Revoked in the database; here, also out of the token cache and off the WebSocket.
    ctx.revokeIdentities((i) => i.type === 'node' && i.user === user, 'the node credential was replaced by a new joinNode');
  }
  ctx.logger.info({ node: credential.nodeName, by: identity.user, revoked: credential.revoked }, 'node joined');
  return { nodeName: credential.nodeName, token: credential.token };
}
