/**
 * Fairness between clients: one identity cannot crowd out the others. Each identity has a token
 * bucket (requests per second with a burst), a cap on requests in flight, and a cap on the
 * subscriptions it holds (graphql-ws subscriptions and REST watches alike); each graphql-ws
 * connection has a cap of its own. GraphQL over HTTP, graphql-ws and the REST API all ask the
 * same gate, so a client cannot dodge it by switching protocol.
 *
 * Refusals are UNAVAILABLE (retry later) with a retry hint: `retryAfterSeconds` in the error,
 * `Retry-After` and 429 on HTTP.
 */
import { CapstanError } from '../errors.ts';
import type { Identity } from '../store/types.ts';
import type { ApiLimits } from './limits.ts';

/** UNAVAILABLE because the caller is over one of its quotas; retrying after `retryAfterSeconds` may succeed. */
export class TooManyRequestsError extends CapstanError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('UNAVAILABLE', message);
    this.name = 'TooManyRequestsError';
  }
}

export type FairnessLimits = Pick<
  ApiLimits,
  | 'rateLimit'
  | 'rateBurst'
  | 'nodeRateLimit'
  | 'nodeRateBurst'
  | 'adminRateLimit'
  | 'adminRateBurst'
  | 'maxInFlight'
  | 'adminMaxInFlight'
  | 'maxSubscriptionsPerIdentity'
  | 'nodeMaxSubscriptionsPerIdentity'
  | 'adminMaxSubscriptionsPerIdentity'
>;

interface Quota {
  rate: number;
  burst: number;
  inFlight: number;
  subscriptions: number;
}

interface IdentityState {
  tokens: number;
  refilledAt: number;
  inFlight: number;
  subscriptions: number;
}

/** Admins and system:masters: their own limits here, and never a wait for a seat (priority.ts). */
export function isAdminIdentity(identity: Identity): boolean {
  return identity.type === 'admin' || identity.groups.includes('system:masters');
}

/** Releases what an admission took; calling it more than once is harmless. */
export type Release = () => void;

/** Buckets untouched this long and holding nothing are forgotten. */
const IDLE_MS = 5 * 60_000;

export class FairnessGate {
  private readonly states = new Map<string, IdentityState>();
  private sweptAt: number;

  constructor(
    private readonly limits: FairnessLimits,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.sweptAt = now();
  }

  private quota(identity: Identity): Quota {
    const l = this.limits;
    if (isAdminIdentity(identity)) {
      return { rate: l.adminRateLimit, burst: l.adminRateBurst, inFlight: l.adminMaxInFlight, subscriptions: l.adminMaxSubscriptionsPerIdentity };
    }
    if (identity.type === 'node') return { rate: l.nodeRateLimit, burst: l.nodeRateBurst, inFlight: l.maxInFlight, subscriptions: l.nodeMaxSubscriptionsPerIdentity };
    return { rate: l.rateLimit, burst: l.rateBurst, inFlight: l.maxInFlight, subscriptions: l.maxSubscriptionsPerIdentity };
  }

  private state(identity: Identity, quota: Quota): IdentityState {
    const now = this.now();
    if (now - this.sweptAt > IDLE_MS) this.sweep(now);
    let s = this.states.get(identity.user);
    if (!s) this.states.set(identity.user, (s = { tokens: Math.max(quota.burst, 1), refilledAt: now, inFlight: 0, subscriptions: 0 }));
    return s;
  }

  private sweep(now: number): void {
    this.sweptAt = now;
    for (const [user, s] of this.states) if (s.inFlight === 0 && s.subscriptions === 0 && now - s.refilledAt > IDLE_MS) this.states.delete(user);
  }

  /** Takes one token from the identity's bucket, or throws TooManyRequestsError. */
  take(identity: Identity): void {
    const quota = this.quota(identity);
    if (quota.rate <= 0) return;
    const s = this.state(identity, quota);
    const now = this.now();
    const burst = Math.max(quota.burst, 1);
    s.tokens = Math.min(burst, s.tokens + ((now - s.refilledAt) / 1000) * quota.rate);
    s.refilledAt = now;
    if (s.tokens < 1) {
      const retry = Math.max(1, Math.ceil((1 - s.tokens) / quota.rate));
      throw new TooManyRequestsError(`too many requests from ${identity.user}: the limit is ${quota.rate} per second (bursts of ${burst}); retry after ${retry} s`, retry);
    }
    s.tokens -= 1;
  }

  /** A request: one token, and a place among the identity's requests in flight until `release`. */
  admit(identity: Identity): Release {
    this.take(identity);
    return this.admitInFlight(identity);
  }

  /** A place among the identity's requests in flight until `release` (no token: see take()). */
  admitInFlight(identity: Identity): Release {
    const quota = this.quota(identity);
    if (quota.inFlight <= 0) return () => {};
    const s = this.state(identity, quota);
    if (s.inFlight >= quota.inFlight) {
      throw new TooManyRequestsError(`too many requests in flight from ${identity.user}: at most ${quota.inFlight} at once; retry after 1 s`, 1);
    }
    s.inFlight++;
    return once(() => {
      s.inFlight--;
    });
  }

  /** A subscription or watch held by the identity until `release` (no token: see take()). */
  subscribe(identity: Identity): Release {
    const quota = this.quota(identity);
    const s = this.state(identity, quota);
    if (quota.subscriptions > 0 && s.subscriptions >= quota.subscriptions) {
      throw new TooManyRequestsError(
        `too many subscriptions and watches for ${identity.user}: at most ${quota.subscriptions} across connections; end some before starting more`,
        10,
      );
    }
    s.subscriptions++;
    return once(() => {
      s.subscriptions--;
    });
  }

  /** In flight and subscriptions of an identity now (for tests and metrics). */
  usage(user: string): { inFlight: number; subscriptions: number } {
    const s = this.states.get(user);
    return { inFlight: s?.inFlight ?? 0, subscriptions: s?.subscriptions ?? 0 };
  }
}

function once(fn: () => void): Release {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    fn();
  };
}
