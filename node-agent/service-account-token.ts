/**
 * Bound service-account tokens for the pods of this node (the kubelet's token manager): the agent
 * asks the API (TokenRequest, `createServiceAccountToken`) for a token bound to the pod, keeps
 * it, and asks for a new one once the one it has is due for a refresh:
 *
 * - when 80 % of its lifetime has passed (20 % remain), or
 * - when it is older than `maxTtlMs` (24 h by default), whichever comes first,
 *
 * each moved earlier by a jitter of up to 10 s, picked once per token, so that the pods of a node
 * do not all ask at once (as the kubelet does). A refresh that fails keeps the current token while
 * it is still valid; once it has expired, the error is the caller's.
 *
 * The files are rewritten by the pod's volume sync (pod-volumes.ts), so a refresh shows up in the
 * container within `volumeSyncMs` of being due.
 */
import { CREATE_SERVICE_ACCOUNT_TOKEN } from './queries.ts';
import type { ApiClient } from './api-client.ts';

/** Kubernetes' default lifetime of a projected token (`expirationSeconds` left out). */
export const DEFAULT_TOKEN_EXPIRATION_SECONDS = 3600;
/** What the ServiceAccount admission asks for the default `kube-api-access-*` volume (1 h and 7 s). */
export const API_ACCESS_TOKEN_EXPIRATION_SECONDS = 3607;
/** The kubelet's cap on a token's age before it is refreshed, whatever its lifetime. */
export const DEFAULT_TOKEN_MAX_TTL_MS = 24 * 3600 * 1000;
/** The kubelet's largest jitter. */
const MAX_JITTER_MS = 10_000;

/** One token the API issued, with what the refresh schedule needs. */
export interface IssuedToken {
  token: string;
  /** When it expires (ms since the epoch, from the answer's expirationTimestamp). */
  expiresAtMs: number;
  /** Its granted lifetime (the request's, maybe lowered by the server). */
  expirationSeconds: number;
  audiences: string[];
}

export interface TokenRefreshPolicy {
  /** Refresh a token older than this, whatever its lifetime (default 24 h). */
  maxTtlMs: number;
  /** Subtracted from both deadlines (picked once per token, 0 to 10 s). */
  jitterMs: number;
}

/**
 * When `t` is due for a refresh (ms since the epoch): 80 % of its lifetime, or `maxTtlMs` after it
 * was issued, whichever is first, less the jitter. Its issue time is its expiry less its lifetime,
 * as the kubelet reckons it (so the agent's and the server's clocks agree on both ends).
 */
export function tokenRefreshAt(t: Pick<IssuedToken, 'expiresAtMs' | 'expirationSeconds'>, policy: TokenRefreshPolicy): number {
  const lifetimeMs = t.expirationSeconds * 1000;
  const issuedAtMs = t.expiresAtMs - lifetimeMs;
  const byAge = issuedAtMs + policy.maxTtlMs;
  const byLifetime = t.expiresAtMs - lifetimeMs / 5;
  return Math.min(byAge, byLifetime) - policy.jitterMs;
}

/** The jitter of a token: up to 10 s, and never more than a tenth of the age cap (so short test caps stay meaningful). */
export function tokenJitterMs(maxTtlMs: number, random: () => number): number {
  return Math.floor(random() * Math.min(MAX_JITTER_MS, maxTtlMs / 10));
}

/** What a pod's token is asked for: the pod's account, bound to the pod. */
export interface PodTokenRequest {
  namespace: string;
  serviceAccount: string;
  podName: string;
  podUid: string;
  /** Empty: the API server's own audiences (a projection without `audience`). */
  audiences: string[];
  expirationSeconds: number;
}

export interface ServiceAccountTokensOptions {
  /** Issues one token (the API's createServiceAccountToken in the agent). */
  issue(req: PodTokenRequest): Promise<IssuedToken>;
  /** Refresh tokens older than this (default 24 h, the kubelet's). */
  maxTtlMs?: number;
  now?: () => number;
  random?: () => number;
  /**
   * A refresh that failed while the cached token still works (that token is kept and the next
   * `get` asks again): the agent logs it, as nothing else would show that refreshes fail.
   */
  onRefreshFailed?(req: PodTokenRequest, err: unknown): void;
}

interface Cached {
  token: IssuedToken;
  refreshAt: number;
}

function cacheKey(r: PodTokenRequest): string {
  return JSON.stringify([r.podUid, r.namespace, r.serviceAccount, r.podName, [...r.audiences].sort(), r.expirationSeconds]);
}

/** The node's bound tokens, by pod and request (the kubelet's token manager). */
export class ServiceAccountTokens {
  private readonly cache = new Map<string, Cached>();
  private readonly inflight = new Map<string, Promise<IssuedToken>>();
  private readonly maxTtlMs: number;
  private readonly now: () => number;
  private readonly random: () => number;

  constructor(private readonly opts: ServiceAccountTokensOptions) {
    this.maxTtlMs = opts.maxTtlMs ?? DEFAULT_TOKEN_MAX_TTL_MS;
    if (!(this.maxTtlMs > 0)) throw new Error(`the token refresh age must be a positive number of milliseconds, not ${opts.maxTtlMs}`);
    this.now = opts.now ?? Date.now;
    this.random = opts.random ?? Math.random;
  }

  /**
   * The token for `req`: the cached one until it is due for a refresh, then a new one. A failed
   * refresh returns the cached token while it has not expired, and throws once it has.
   */
  async get(req: PodTokenRequest): Promise<IssuedToken> {
    const key = cacheKey(req);
    const hit = this.cache.get(key);
    if (hit && this.now() < hit.refreshAt) return hit.token;
    let pending = this.inflight.get(key);
    if (!pending) {
      const request: Promise<IssuedToken> = this.opts.issue(req).then(
        (token) => {
          // A pod forgotten while its request was in flight keeps nothing.
          if (this.inflight.get(key) === request) {
            this.inflight.delete(key);
            this.store(key, token);
          }
          return token;
        },
        (err: unknown) => {
          if (this.inflight.get(key) === request) this.inflight.delete(key);
          throw err;
        },
      );
      this.inflight.set(key, request);
      pending = request;
    }
    try {
      return await pending;
    } catch (err) {
      if (hit && this.now() < hit.token.expiresAtMs) {
        this.opts.onRefreshFailed?.(req, err);
        return hit.token;
      }
      throw err;
    }
  }

  /** When the cached token for `req` is due for a refresh, or undefined when none is cached. */
  refreshAt(req: PodTokenRequest): number | undefined {
    return this.cache.get(cacheKey(req))?.refreshAt;
  }

  /** Drops every token of pod `uid` (it was removed from the node). */
  forgetPod(uid: string): void {
    const prefix = JSON.stringify([uid]).slice(0, -1);
    for (const map of [this.cache, this.inflight]) {
      for (const key of map.keys()) if (key.startsWith(`${prefix},`)) map.delete(key);
    }
  }

  /** How many tokens are cached (for tests). */
  get size(): number {
    return this.cache.size;
  }

  private store(key: string, token: IssuedToken): void {
    const refreshAt = tokenRefreshAt(token, { maxTtlMs: this.maxTtlMs, jitterMs: tokenJitterMs(this.maxTtlMs, this.random) });
    this.cache.set(key, { token, refreshAt });
  }
}

/** `issue` through the agent's API client: the createServiceAccountToken mutation, bound to the pod by name and uid. */
export function issueThroughApi(client: ApiClient): (req: PodTokenRequest) => Promise<IssuedToken> {
  return async (req) => {
    const { createServiceAccountToken: t } = await client.request(CREATE_SERVICE_ACCOUNT_TOKEN, {
      namespace: req.namespace,
      name: req.serviceAccount,
      audiences: req.audiences.length ? req.audiences : null,
      expirationSeconds: req.expirationSeconds,
      boundObjectRef: { kind: 'Pod', name: req.podName, uid: req.podUid },
    });
    return { token: t.token, expiresAtMs: Date.parse(t.expirationTimestamp), expirationSeconds: t.expirationSeconds, audiences: t.audiences };
  };
}
