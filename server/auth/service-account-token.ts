/**
 * Service-account tokens: signed JWTs in the shape of Kubernetes' legacy (Secret-based) tokens,
 * issued by the token controller and accepted by the API server as the account's identity.
 *
 * Like Kubernetes' legacy tokens they do not expire; a token is valid while
 *   - its signature verifies with the cluster's signing key (signing-key.ts),
 *   - the ServiceAccount it names still exists with the uid it names (a deleted and recreated
 *     account of the same name is another account), and
 *   - the Secret it names still exists, belongs to that account and holds this very token
 *     (deleting the Secret revokes the token, as `kubectl delete secret` does in Kubernetes).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader, jwtVerify, SignJWT } from 'jose';
import { SERVICE_ACCOUNT_NAME_ANNOTATION } from '../kinds/secret.ts';
import type { KObject } from '../kinds/types.ts';
import type { Identity } from '../store/types.ts';
import type { Authenticator, ExpiringIdentity } from './authenticator.ts';
import { audienceAccepted, isBoundTokenPayload, resolveBoundTokenSettings, verifyBoundToken, type BoundTokenClaims, type BoundTokenSettings } from './bound-token.ts';
import { loadSigningKey, SIGNING_ALG, SigningKeyCache, type SigningKey, type SigningKeyStore } from './signing-key.ts';

export { SERVICE_ACCOUNT_NAME_ANNOTATION };
export const ISSUER = 'capstan';
export const SERVICE_ACCOUNT_TOKEN_TYPE = 'kubernetes.io/service-account-token';
export const SERVICE_ACCOUNT_UID_ANNOTATION = 'kubernetes.io/service-account.uid';

/** Kubernetes' claim names for legacy service-account tokens. */
const CLAIM = {
  namespace: 'kubernetes.io/serviceaccount/namespace',
  secretName: 'kubernetes.io/serviceaccount/secret.name',
  name: 'kubernetes.io/serviceaccount/service-account.name',
  uid: 'kubernetes.io/serviceaccount/service-account.uid',
} as const;

export interface ServiceAccountTokenClaims {
  namespace: string;
  /** The ServiceAccount's name. */
  name: string;
  uid: string;
  secretName: string;
}

export function serviceAccountUser(namespace: string, name: string): string {
  return `system:serviceaccount:${namespace}:${name}`;
}

/** The identity a request made with a service account's token acts as. */
export function serviceAccountIdentity(namespace: string, name: string): Identity {
  return { user: serviceAccountUser(namespace, name), groups: ['system:serviceaccounts', `system:serviceaccounts:${namespace}`], type: 'serviceaccount' };
}

/** A token for `claims`, signed with `key`. No `exp`: it lives as long as its Secret and account. */
export async function signServiceAccountToken(key: SigningKey, claims: ServiceAccountTokenClaims): Promise<string> {
  return new SignJWT({
    [CLAIM.namespace]: claims.namespace,
    [CLAIM.secretName]: claims.secretName,
    [CLAIM.name]: claims.name,
    [CLAIM.uid]: claims.uid,
  })
    .setProtectedHeader({ alg: SIGNING_ALG, kid: key.kid, typ: 'JWT' })
    .setIssuer(ISSUER)
    .setSubject(serviceAccountUser(claims.namespace, claims.name))
    .setIssuedAt()
    .sign(key.privateKey);
}

/** The claims of `token` when `key` signed it and it is well formed; else null. Checks nothing in the store. */
export async function verifyServiceAccountToken(key: SigningKey, token: string): Promise<ServiceAccountTokenClaims | null> {
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, key.publicKey, { issuer: ISSUER, algorithms: [SIGNING_ALG] }));
  } catch {
    return null;
  }
  const claims = {
    namespace: payload[CLAIM.namespace],
    name: payload[CLAIM.name],
    uid: payload[CLAIM.uid],
    secretName: payload[CLAIM.secretName],
  };
  if (!Object.values(claims).every((v) => typeof v === 'string' && v !== '')) return null;
  const c = claims as ServiceAccountTokenClaims;
  if (payload.sub !== serviceAccountUser(c.namespace, c.name)) return null;
  return c;
}

/** The `kid` of a JWT-shaped token, or null for anything else (stored tokens, garbage). */
function tokenKid(token: string): string | null {
  if (token.split('.').length !== 3) return null;
  try {
    const header = decodeProtectedHeader(token);
    return header.alg === SIGNING_ALG && typeof header.kid === 'string' ? header.kid : null;
  } catch {
    return null;
  }
}

type LookupKind = 'ServiceAccount' | 'Secret' | 'Pod' | 'Node';

export interface ServiceAccountTokenAuthenticatorOptions {
  store: Pick<SigningKeyStore, 'get'> & { get(kind: LookupKind, namespace: string | undefined, name: string): Promise<KObject | null> };
  /** Issuer and API audiences of bound (TokenRequest) tokens (bound-token.ts defaults). */
  boundTokens?: Partial<BoundTokenSettings>;
  /**
   * How long a ServiceAccount or Secret read is reused (default 1.5 s): the bound on revocation
   * delay this layer adds to the authentication cache's 2.5 s (deleting the account or its Secret
   * cuts the token off within 5 s).
   */
  lookupTtlMs?: number;
  /** Where the verifying key comes from (default: the store, through a SigningKeyCache). */
  keys?: SigningKeyCache;
  now?: () => number;
}

/**
 * Recognises service-account JWTs. Put it after the stored-token authenticator: anything that is
 * not a JWT of the cluster's algorithm is passed over without a signature check or a read.
 */
export class ServiceAccountTokenAuthenticator implements Authenticator {
  private readonly keys: SigningKeyCache;
  private readonly lookups = new Map<string, { obj: KObject | null; expires: number }>();
  private readonly lookupTtlMs: number;
  private readonly now: () => number;
  private readonly bound: BoundTokenSettings;

  constructor(private readonly opts: ServiceAccountTokenAuthenticatorOptions) {
    this.keys = opts.keys ?? new SigningKeyCache(() => loadSigningKey(opts.store));
    this.bound = resolveBoundTokenSettings(opts.boundTokens);
    this.lookupTtlMs = opts.lookupTtlMs ?? 1_500;
    this.now = opts.now ?? Date.now;
  }

  async authenticate(token: string): Promise<Identity | null> {
    const kid = tokenKid(token);
    if (!kid) return null;
    const key = await this.keys.get(kid);
    if (!key || key.kid !== kid) return null;
    if (isBoundTokenPayload(decodeJwt(token))) return this.authenticateBound(key, token);
    const claims = await verifyServiceAccountToken(key, token);
    if (!claims) return null;
    const [sa, secret] = await Promise.all([
      this.lookup('ServiceAccount', claims.namespace, claims.name),
      this.lookup('Secret', claims.namespace, claims.secretName),
    ]);
    if (!sa || sa.metadata.deletionTimestamp || sa.metadata.uid !== claims.uid) return null;
    if (!secret || !secretHoldsToken(secret, claims, token)) return null;
    return serviceAccountIdentity(claims.namespace, claims.name);
  }

  /**
   * A bound token: valid while within its lifetime, meant for this API server (an API audience),
   * its account (same uid) exists, and so does the object it is bound to (same uid). The identity
   * is cached no longer than the token lives.
   */
  private async authenticateBound(key: SigningKey, token: string): Promise<ExpiringIdentity | null> {
    const claims = await verifyBoundToken(key, token, { issuer: this.bound.issuer, now: new Date(this.now()) });
    if (!claims || !audienceAccepted(claims, this.bound.apiAudiences)) return null;
    const ns = claims.namespace;
    const checks: Promise<boolean>[] = [this.exists('ServiceAccount', ns, claims.serviceAccount, false)];
    if (claims.pod) checks.push(this.exists('Pod', ns, claims.pod, true));
    if (claims.secret) checks.push(this.exists('Secret', ns, claims.secret, false));
    if (claims.node) checks.push(this.exists('Node', undefined, claims.node, true));
    if (!(await Promise.all(checks)).every(Boolean)) return null;
    return { ...serviceAccountIdentity(ns, claims.serviceAccount.name), validUntil: claims.expiresAt * 1000 };
  }

  /** The object exists with this uid (a terminating pod or node still counts: its containers stop within their grace period). */
  private async exists(kind: LookupKind, namespace: string | undefined, o: NonNullable<BoundTokenClaims['pod']>, terminatingCounts: boolean): Promise<boolean> {
    const obj = await this.lookup(kind, namespace, o.name);
    return !!obj && obj.metadata.uid === o.uid && (terminatingCounts || !obj.metadata.deletionTimestamp);
  }

  /** A credential was revoked (a ServiceAccount deleted): read accounts and Secrets afresh. */
  forget(): void {
    this.lookups.clear();
  }

  private async lookup(kind: LookupKind, namespace: string | undefined, name: string): Promise<KObject | null> {
    const key = `${kind}/${namespace ?? ''}/${name}`;
    const hit = this.lookups.get(key);
    if (hit && hit.expires > this.now()) return hit.obj;
    const obj = await this.opts.store.get(kind, namespace, name);
    if (this.lookups.size >= 10_000) this.lookups.delete(this.lookups.keys().next().value!);
    this.lookups.set(key, { obj, expires: this.now() + this.lookupTtlMs });
    return obj;
  }
}

/** The Secret is this account's token Secret and holds exactly `token` (Kubernetes' "server's copy" check). */
function secretHoldsToken(secret: KObject, claims: ServiceAccountTokenClaims, token: string): boolean {
  const annotations = secret.metadata.annotations ?? {};
  if (secret.type !== SERVICE_ACCOUNT_TOKEN_TYPE || secret.metadata.deletionTimestamp) return false;
  if (annotations[SERVICE_ACCOUNT_NAME_ANNOTATION] !== claims.name) return false;
  const uid = annotations[SERVICE_ACCOUNT_UID_ANNOTATION];
  if (uid !== undefined && uid !== claims.uid) return false;
  const stored = (secret.data as Record<string, unknown> | undefined)?.token;
  if (typeof stored !== 'string') return false;
  // Compare digests: equal lengths for timingSafeEqual, and no timing hint about the stored token.
  const a = createHash('sha256').update(Buffer.from(stored, 'base64')).digest();
  const b = createHash('sha256').update(token).digest();
  return timingSafeEqual(a, b);
}
