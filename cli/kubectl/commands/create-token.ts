/**
 * `capstan create token --user NAME [--group G]… [--duration 24h]`: a bearer token for a user,
 * made by an admin (createUserToken). Prints the token alone, as `kubectl create token` does, so
 * it can be captured: `TOKEN=$(capstan create token --user jane --group devs)`.
 */
import { UsageError } from '../../command.ts';
import { durationMs, list, str } from '../args.ts';
import type { Invocation } from '../kubectl-command.ts';

export async function createToken(inv: Invocation, extra: string[]): Promise<number> {
  if (extra.length > 0) {
    throw new UsageError(`capstan create token makes user tokens: capstan create token --user NAME [--group G]… (got ${extra.join(' ')}; service accounts get theirs from the token controller)`);
  }
  const user = str(inv.flags, 'user');
  if (!user) throw new UsageError('--user is required: capstan create token --user NAME [--group G]…');
  const duration = str(inv.flags, 'duration');
  let expirationSeconds: number | null = null;
  if (duration !== undefined && duration !== '0') {
    expirationSeconds = Math.ceil(durationMs(duration, 'duration') / 1000);
    if (expirationSeconds < 1) throw new UsageError('--duration must be at least 1s (or 0 for a token that never expires)');
  }
  const client = await inv.client();
  const r = await client.request<{ createUserToken: { token: string } }>(
    'mutation($u: String!, $g: [String!], $e: Int) { createUserToken(user: $u, groups: $g, expirationSeconds: $e) { token } }',
    { u: user, g: list(inv.flags, 'group'), e: expirationSeconds },
  );
  inv.ctx.stdout(`${r.createUserToken.token}\n`);
  return 0;
}
