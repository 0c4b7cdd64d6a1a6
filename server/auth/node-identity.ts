/**
 * Node identities: the user `system:node:<name>` in group `system:nodes`, as in Kubernetes, held
 * by the credential joinNode issues. The node's name is read back from the user, so the
 * authorizer needs nothing else to know which node is asking.
 */
import { CapstanError } from '../errors.ts';
import { validateDNS1123Subdomain } from '../kinds/names.ts';
import type { Identity } from '../store/types.ts';

export const NODE_USER_PREFIX = 'system:node:';
export const NODES_GROUP = 'system:nodes';
/** Kubernetes' namespace of node heartbeat Leases; a node may write only `kube-node-lease/<its name>`. */
export const NODE_LEASE_NAMESPACE = 'kube-node-lease';

export function nodeUser(nodeName: string): string {
  return `${NODE_USER_PREFIX}${nodeName}`;
}

/** The node a node identity acts for, or null for any other identity. */
export function nodeNameOf(identity: Identity): string | null {
  if (identity.type !== 'node' || !identity.user.startsWith(NODE_USER_PREFIX)) return null;
  const name = identity.user.slice(NODE_USER_PREFIX.length);
  return name === '' ? null : name;
}

/** Throws INVALID unless `name` may name a Node (a DNS-1123 subdomain). */
export function validateNodeName(name: string, field = 'nodeName'): void {
  const problem = validateDNS1123Subdomain(name);
  if (problem) throw new CapstanError('INVALID', `${field}: ${problem}`, [{ field, message: problem }]);
}

export interface NodeCredentialStore {
  create(input: { type: 'node'; subject: string; groups: string[]; description?: string }): Promise<{ id: string; token: string }>;
  revokeSubject(type: 'node', subject: string, keep?: string): Promise<number>;
}

/**
 * Issues node `nodeName` a new credential and revokes the ones it had: a node that joins again
 * (reinstalled, or its credential leaked) leaves no older credential working.
 */
export async function issueNodeCredential(tokens: NodeCredentialStore, nodeName: string, issuedBy: string): Promise<{ nodeName: string; token: string; revoked: number }> {
  validateNodeName(nodeName);
  const subject = nodeUser(nodeName);
  const { id, token } = await tokens.create({
    type: 'node',
    subject,
    groups: [NODES_GROUP],
    description: `node credential issued to ${issuedBy} at ${new Date().toISOString()}`,
  });
  const revoked = await tokens.revokeSubject('node', subject, id);
  return { nodeName, token, revoked };
}
