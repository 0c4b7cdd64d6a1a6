/**
 * `capstan token list` and `capstan token revoke ID`: the cluster's bootstrap tokens, as
 * `kubeadm token list|delete` shows them (admins only). The list never shows a secret: only
 * hashes are stored; it shows what an admin needs to decide which to revoke (description,
 * expiry, when made, when last used).
 */
import { UsageError } from '../../command.ts';
import type { Invocation } from '../kubectl-command.ts';
import { age, humanDuration, Table } from '../output.ts';

interface BootstrapTokenInfo {
  id: string;
  description: string;
  expiresAt: string | null;
  expired: boolean;
  createdAt: string;
  lastUsedAt: string | null;
}

const LIST = '{ bootstrapTokens { id description expiresAt expired createdAt lastUsedAt } }';
const REVOKE = 'mutation($id: String!) { revokeBootstrapToken(id: $id) }';

/** `23h` left, `<expired>`, or `<forever>`. */
export function expiryText(t: BootstrapTokenInfo, now = Date.now()): string {
  if (t.expiresAt === null) return '<forever>';
  if (t.expired) return '<expired>';
  return humanDuration(Date.parse(t.expiresAt) - now);
}

export function tokenRows(tokens: BootstrapTokenInfo[], now = Date.now()): string {
  const table = new Table(['ID', 'TTL', 'EXPIRES', 'AGE', 'LAST USED', 'DESCRIPTION']);
  return table.render(
    tokens.map((t) => [t.id, expiryText(t, now), t.expiresAt ?? '<never>', age(t.createdAt, now), t.lastUsedAt ? `${age(t.lastUsedAt, now)} ago` : '<never>', t.description || '<none>']),
  );
}

export async function token(inv: Invocation): Promise<number> {
  const [action, ...rest] = inv.args;
  const client = await inv.client();
  switch (action) {
    case 'list': {
      if (rest.length > 0) throw new UsageError(`capstan token list takes no arguments (got ${rest.join(' ')})`);
      const { bootstrapTokens } = await client.request<{ bootstrapTokens: BootstrapTokenInfo[] }>(LIST);
      if (bootstrapTokens.length === 0) inv.ctx.stderr('No bootstrap tokens.\n');
      else inv.ctx.stdout(tokenRows(bootstrapTokens));
      return 0;
    }
    case 'revoke': {
      if (rest.length === 0) throw new UsageError('capstan token revoke ID…: name the token(s) to revoke (IDs from capstan token list)');
      for (const id of rest) {
        await client.request(REVOKE, { id });
        inv.ctx.stdout(`bootstrap token ${id} revoked\n`);
      }
      return 0;
    }
    default:
      throw new UsageError(`capstan token list | capstan token revoke ID… (got ${action ?? 'nothing'})`);
  }
}
