/**
 * TokenRequest (Kubernetes' `serviceaccounts/<name>/token`): issues a bound token for a
 * ServiceAccount after the caller was authorized to `create` `serviceaccounts/token`.
 *
 * - The account must exist; the bound object (Pod, Secret or Node) must exist, a Pod must run as
 *   that account, and a uid given in the request must be the object's (CONFLICT otherwise: it was
 *   deleted and made again), as kube-apiserver answers.
 * - A node (NodeRestriction) may request tokens only bound to a pod bound to it.
 *
 * Served as the GraphQL mutation `createServiceAccountToken` and the REST sub-resource
 * `serviceaccounts/<name>/token`; node agents ask for their pods' tokens through the mutation.
 */
import { CapstanError, notFound } from '../errors.ts';
import type { KObject } from '../kinds/types.ts';
import type { Identity } from '../store/types.ts';
import { signBoundToken, validateTokenRequest, type BoundTokenClaims, type BoundTokenSettings, type TokenRequestInput, type TokenRequestSpec } from './bound-token.ts';
import { nodeNameOf } from './node-identity.ts';
import type { SigningKey } from './signing-key.ts';

export interface TokenRequestStore {
  get(kind: 'ServiceAccount' | 'Pod' | 'Secret' | 'Node', namespace: string | undefined, name: string): Promise<KObject | null>;
}

export interface IssuedToken {
  token: string;
  /** RFC 3339. */
  expirationTimestamp: string;
  /** The spec as granted: default audiences filled in, lifetime capped, bound uid set. */
  spec: TokenRequestSpec;
}

export interface IssueTokenDeps {
  store: TokenRequestStore;
  signingKey: () => Promise<SigningKey>;
  settings: BoundTokenSettings;
  now?: () => number;
}

export async function issueServiceAccountToken(deps: IssueTokenDeps, caller: Identity, namespace: string, name: string, input: TokenRequestInput): Promise<IssuedToken> {
  const spec = validateTokenRequest(input, deps.settings);
  const sa = await deps.store.get('ServiceAccount', namespace, name);
  if (!sa || sa.metadata.deletionTimestamp) throw notFound('ServiceAccount', namespace, name);
  const bound: Partial<Pick<BoundTokenClaims, 'pod' | 'secret' | 'node'>> = {};
  const ref = spec.boundObjectRef;
  const node = nodeNameOf(caller);
  if (node && ref?.kind !== 'Pod') throw new CapstanError('FORBIDDEN', `node "${node}" may only request tokens bound to a pod running on it (NodeRestriction)`);
  if (ref) {
    const obj = await deps.store.get(ref.kind, ref.kind === 'Node' ? undefined : namespace, ref.name);
    if (!obj) throw notFound(ref.kind, ref.kind === 'Node' ? undefined : namespace, ref.name);
    if (ref.uid && ref.uid !== obj.metadata.uid) {
      throw new CapstanError('CONFLICT', `the UID in the bound object reference (${ref.uid}) does not match the UID in record (${obj.metadata.uid}). The object might have been deleted and then recreated`);
    }
    if (ref.kind === 'Pod') {
      if ((obj.spec?.serviceAccountName || 'default') !== name) {
        throw new CapstanError('INVALID', `cannot bind token for serviceaccount "${name}" to pod running with different serviceaccount name.`, [{ field: 'spec.boundObjectRef', message: 'the pod runs as another service account' }]);
      }
      if (node && obj.spec?.nodeName !== node) throw new CapstanError('FORBIDDEN', `node "${node}" may only request tokens bound to a pod running on it; pod "${namespace}/${ref.name}" is not (NodeRestriction)`);
    }
    const id = { name: obj.metadata.name, uid: obj.metadata.uid! };
    bound[ref.kind === 'Pod' ? 'pod' : ref.kind === 'Secret' ? 'secret' : 'node'] = id;
    spec.boundObjectRef = { ...ref, uid: id.uid };
  }
  const issuedAt = Math.floor((deps.now ?? Date.now)() / 1000);
  const expiresAt = issuedAt + spec.expirationSeconds;
  const token = await signBoundToken(await deps.signingKey(), deps.settings.issuer, {
    namespace,
    serviceAccount: { name, uid: sa.metadata.uid! },
    ...bound,
    audiences: spec.audiences,
    issuedAt,
    expiresAt,
  });
  return { token, expirationTimestamp: new Date(expiresAt * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'), spec };
}
