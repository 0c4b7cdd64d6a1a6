/**
 * Bound service-account tokens (Kubernetes' TokenRequest): short-lived JWTs for an audience,
 * optionally bound to a Pod, Secret or Node, signed with the cluster's signing key
 * (signing-key.ts). Unlike the legacy Secret-based tokens (service-account-token.ts) they
 * expire, name their audiences, and die with the object they are bound to.
 *
 * The claims are Kubernetes' own:
 *
 *   { iss, sub: system:serviceaccount:<ns>:<name>, aud: [...], iat, nbf, exp, jti,
 *     "kubernetes.io": { namespace, serviceaccount: { name, uid }, pod?: { name, uid },
 *                        secret?: { name, uid }, node?: { name, uid } } }
 *
 * This file is pure (no store): settings and their defaults, validation of a request's spec,
 * signing, and verifying a token's signature, issuer and times. Whether the account and the
 * bound object still exist is the authenticator's question.
 */
import { randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { throwIfInvalid, type FieldError } from '../errors.ts';
import type { SigningKey } from './signing-key.ts';
import { SIGNING_ALG } from './signing-key.ts';

/** The issuer of bound tokens unless configured otherwise (kube-apiserver's usual `--service-account-issuer`). */
export const DEFAULT_TOKEN_ISSUER = 'https://kubernetes.default.svc.cluster.local';
/** The audiences the API server accepts unless configured otherwise: Kubernetes' in-cluster names and Capstan's own. */
export const DEFAULT_API_AUDIENCES = ['https://kubernetes.default.svc.cluster.local', 'https://kubernetes.default.svc', 'capstan'];
/** Kubernetes' minimum lifetime of a requested token. */
export const MIN_EXPIRATION_SECONDS = 600;
/** A TokenRequest without expirationSeconds gets this (as in Kubernetes). */
export const DEFAULT_EXPIRATION_SECONDS = 3600;
/** The longest lifetime unless configured otherwise (Kubernetes' `--service-account-max-token-expiration` has none; 24 h is the kubelet's refresh bound). */
export const DEFAULT_MAX_EXPIRATION_SECONDS = 86_400;
/** Kubernetes refuses longer requests outright. */
const MAX_REQUESTABLE_SECONDS = 2 ** 32;

/** Kinds a token may be bound to. */
export const BOUND_OBJECT_KINDS = ['Pod', 'Secret', 'Node'] as const;
export type BoundObjectKind = (typeof BOUND_OBJECT_KINDS)[number];

export interface BoundTokenSettings {
  /** The `iss` of tokens this cluster issues, and the only one it accepts for bound tokens. */
  issuer: string;
  /** A token is accepted by the API server only when its `aud` names one of these; also the default audiences of a request. */
  apiAudiences: string[];
  /** Requests for less are INVALID (default 600 s, Kubernetes' minimum; lower only for tests). */
  minExpirationSeconds: number;
  /** Requests for more get this much (default 24 h). */
  maxExpirationSeconds: number;
}

/** The settings with defaults for what `partial` leaves out. */
export function resolveBoundTokenSettings(partial: Partial<BoundTokenSettings> = {}): BoundTokenSettings {
  const s: BoundTokenSettings = {
    issuer: partial.issuer || DEFAULT_TOKEN_ISSUER,
    apiAudiences: partial.apiAudiences?.length ? [...partial.apiAudiences] : [...DEFAULT_API_AUDIENCES],
    minExpirationSeconds: partial.minExpirationSeconds ?? MIN_EXPIRATION_SECONDS,
    maxExpirationSeconds: partial.maxExpirationSeconds ?? DEFAULT_MAX_EXPIRATION_SECONDS,
  };
  if (!Number.isInteger(s.minExpirationSeconds) || s.minExpirationSeconds < 1) throw new Error(`the minimum token lifetime must be a positive number of seconds, not ${s.minExpirationSeconds}`);
  if (!Number.isInteger(s.maxExpirationSeconds) || s.maxExpirationSeconds < s.minExpirationSeconds) {
    throw new Error(`the maximum token lifetime (${s.maxExpirationSeconds} s) must be a whole number of seconds, at least the minimum (${s.minExpirationSeconds} s)`);
  }
  return s;
}

/** What a TokenRequest's spec may say (GraphQL arguments or the REST body's `spec`). */
export interface TokenRequestInput {
  audiences?: readonly string[] | null;
  expirationSeconds?: number | null;
  boundObjectRef?: { kind?: string | null; apiVersion?: string | null; name?: string | null; uid?: string | null } | null;
}

export interface BoundObjectRef {
  kind: BoundObjectKind;
  apiVersion: 'v1';
  name: string;
  /** Empty until the object is read: the request may leave it out. */
  uid: string;
}

export interface TokenRequestSpec {
  audiences: string[];
  expirationSeconds: number;
  boundObjectRef?: BoundObjectRef;
}

/**
 * The request's spec with Kubernetes' defaults (the API audiences, one hour), or INVALID naming
 * each bad field. A lifetime above the maximum is lowered to it, as kube-apiserver does.
 */
export function validateTokenRequest(input: TokenRequestInput, settings: BoundTokenSettings): TokenRequestSpec {
  const errors: FieldError[] = [];
  const audiences = [...(input.audiences ?? [])];
  audiences.forEach((a, i) => {
    if (typeof a !== 'string' || a.trim() === '') errors.push({ field: `spec.audiences[${i}]`, message: 'Invalid value: an audience may not be empty' });
  });
  let expirationSeconds = input.expirationSeconds ?? DEFAULT_EXPIRATION_SECONDS;
  if (!Number.isInteger(expirationSeconds)) {
    errors.push({ field: 'spec.expirationSeconds', message: `Invalid value: ${JSON.stringify(input.expirationSeconds)}: must be a whole number of seconds` });
  } else if (expirationSeconds < settings.minExpirationSeconds) {
    errors.push({ field: 'spec.expirationSeconds', message: `Invalid value: ${expirationSeconds}: may not specify a duration less than ${durationText(settings.minExpirationSeconds)}` });
  } else if (expirationSeconds > MAX_REQUESTABLE_SECONDS) {
    errors.push({ field: 'spec.expirationSeconds', message: `Invalid value: ${expirationSeconds}: may not specify a duration larger than 2^32 seconds` });
  }
  expirationSeconds = Math.min(expirationSeconds, settings.maxExpirationSeconds);
  let boundObjectRef: BoundObjectRef | undefined;
  const ref = input.boundObjectRef;
  if (ref) {
    const kind = ref.kind ?? '';
    if (!(BOUND_OBJECT_KINDS as readonly string[]).includes(kind)) {
      errors.push({ field: 'spec.boundObjectRef.kind', message: `Unsupported value: ${JSON.stringify(kind)}: supported values: "Pod", "Secret", "Node"` });
    }
    if (ref.apiVersion && ref.apiVersion !== 'v1') errors.push({ field: 'spec.boundObjectRef.apiVersion', message: `Unsupported value: ${JSON.stringify(ref.apiVersion)}: supported values: "v1"` });
    if (!ref.name) errors.push({ field: 'spec.boundObjectRef.name', message: 'Required value: the object the token is bound to' });
    boundObjectRef = { kind: kind as BoundObjectKind, apiVersion: 'v1', name: ref.name ?? '', uid: ref.uid ?? '' };
  }
  throwIfInvalid('TokenRequest', errors);
  return { audiences: audiences.length > 0 ? audiences : [...settings.apiAudiences], expirationSeconds, ...(boundObjectRef ? { boundObjectRef } : {}) };
}

function durationText(seconds: number): string {
  return seconds % 60 === 0 ? `${seconds / 60} minutes` : `${seconds} seconds`;
}

/** A named object with its uid, as the claims carry it. */
export interface ObjectIdentity {
  name: string;
  uid: string;
}

export interface BoundTokenClaims {
  namespace: string;
  serviceAccount: ObjectIdentity;
  pod?: ObjectIdentity;
  secret?: ObjectIdentity;
  node?: ObjectIdentity;
  audiences: string[];
  /** Seconds since the epoch. */
  issuedAt: number;
  /** Seconds since the epoch. */
  expiresAt: number;
  /** The token's id (`jti`). */
  id: string;
}

/** Kubernetes' private claim holding the account and the bound object. */
const K8S_CLAIM = 'kubernetes.io';

function subject(namespace: string, name: string): string {
  return `system:serviceaccount:${namespace}:${name}`;
}

/** Signs a bound token for `claims` (its id is made here when empty). */
export async function signBoundToken(key: SigningKey, issuer: string, claims: Omit<BoundTokenClaims, 'id'> & { id?: string }): Promise<string> {
  const k8s: Record<string, unknown> = { namespace: claims.namespace, serviceaccount: { name: claims.serviceAccount.name, uid: claims.serviceAccount.uid } };
  for (const kind of ['pod', 'secret', 'node'] as const) {
    const o = claims[kind];
    if (o) k8s[kind] = { name: o.name, uid: o.uid };
  }
  return new SignJWT({ [K8S_CLAIM]: k8s })
    .setProtectedHeader({ alg: SIGNING_ALG, kid: key.kid, typ: 'JWT' })
    .setIssuer(issuer)
    .setSubject(subject(claims.namespace, claims.serviceAccount.name))
    .setAudience(claims.audiences)
    .setIssuedAt(claims.issuedAt)
    .setNotBefore(claims.issuedAt)
    .setExpirationTime(claims.expiresAt)
    .setJti(claims.id || randomUUID())
    .sign(key.privateKey);
}

/** Whether a decoded JWT payload is of a bound token (rather than a legacy one). */
export function isBoundTokenPayload(payload: Record<string, unknown>): boolean {
  const k8s = payload[K8S_CLAIM];
  return typeof k8s === 'object' && k8s !== null;
}

export interface VerifyBoundTokenOptions {
  issuer: string;
  /** The time to judge `exp` and `nbf` by (default now). */
  now?: Date;
}

/**
 * The claims of `token` when `key` signed it, it names `issuer`, it is within its lifetime (no
 * clock skew allowed past `exp`, a minute before `nbf`) and it is well formed; else null.
 * Audiences and the store are checked by the caller.
 */
export async function verifyBoundToken(key: SigningKey, token: string, opts: VerifyBoundTokenOptions): Promise<BoundTokenClaims | null> {
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, key.publicKey, { issuer: opts.issuer, algorithms: [SIGNING_ALG], requiredClaims: ['exp', 'iat', 'sub', 'aud'], currentDate: opts.now }));
  } catch {
    return null;
  }
  // jose allows `nbf` only with clockTolerance, which would also stretch `exp`: check nbf here with a minute's skew.
  const nowSeconds = Math.floor((opts.now ?? new Date()).getTime() / 1000);
  if (typeof payload.nbf === 'number' && payload.nbf > nowSeconds + 60) return null;
  const k8s = payload[K8S_CLAIM] as Record<string, unknown> | undefined;
  if (!k8s || typeof k8s !== 'object') return null;
  const namespace = k8s.namespace;
  const serviceAccount = objectIdentity(k8s.serviceaccount);
  if (typeof namespace !== 'string' || !namespace || !serviceAccount) return null;
  if (payload.sub !== subject(namespace, serviceAccount.name)) return null;
  const audiences = typeof payload.aud === 'string' ? [payload.aud] : Array.isArray(payload.aud) ? payload.aud.filter((a): a is string => typeof a === 'string') : [];
  const claims: BoundTokenClaims = {
    namespace,
    serviceAccount,
    audiences,
    issuedAt: payload.iat as number,
    expiresAt: payload.exp as number,
    id: typeof payload.jti === 'string' ? payload.jti : '',
  };
  for (const kind of ['pod', 'secret', 'node'] as const) {
    if (k8s[kind] === undefined) continue;
    const o = objectIdentity(k8s[kind]);
    if (!o) return null;
    claims[kind] = o;
  }
  return claims;
}

function objectIdentity(value: unknown): ObjectIdentity | null {
  const v = value as { name?: unknown; uid?: unknown } | null;
  if (!v || typeof v.name !== 'string' || !v.name || typeof v.uid !== 'string' || !v.uid) return null;
  return { name: v.name, uid: v.uid };
}

/** Whether the token is meant for this API server: one of its audiences is one of `apiAudiences`. */
export function audienceAccepted(claims: Pick<BoundTokenClaims, 'audiences'>, apiAudiences: readonly string[]): boolean {
  return claims.audiences.some((a) => apiAudiences.includes(a));
}
