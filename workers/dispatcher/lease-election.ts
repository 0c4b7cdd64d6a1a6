/**
 * Leader election on a Lease object, as Kubernetes' client-go does it: the holder renews
 * `spec.renewTime` every renew interval; a candidate takes the Lease over when it has not
 * changed for `leaseDurationSeconds` *as measured by the candidate's own clock* (so clock skew
 * between machines does not matter), or when its holder released it. Every write names the
 * resourceVersion it read, so two candidates never both win.
 *
 * The same Lease carries the dispatcher's checkpoint (an annotation): whoever holds the Lease
 * owns the checkpoint, and renewing and checkpointing are one write.
 */
import { CapstanError, isCapstanError } from '../../server/errors.ts';
import type { KObject } from '../../server/kinds/types.ts';
import type { Store } from '../../server/store/store.ts';

export const CHECKPOINT_ANNOTATION = 'capstan.io/checkpoint';

export interface LeaseElectionOptions {
  namespace?: string;
  name?: string;
  /** Unique per process. */
  identity: string;
  /** Default 15 s (whole seconds, as the Lease stores it). */
  leaseDurationSeconds?: number;
}

export class LeaseElection {
  readonly namespace: string;
  readonly name: string;
  readonly identity: string;
  readonly leaseDurationMs: number;
  private observed: { rv: string; at: number } | null = null;
  private lastWrite: KObject | null = null;
  /** When this process last wrote the Lease as its holder. */
  lastRenewAt = 0;

  constructor(
    private readonly store: Store,
    opts: LeaseElectionOptions,
  ) {
    this.namespace = opts.namespace ?? 'default';
    this.name = opts.name ?? 'capstan-dispatcher';
    this.identity = opts.identity;
    const secs = opts.leaseDurationSeconds ?? 15;
    if (!Number.isInteger(secs) || secs < 1) throw new RangeError('leaseDurationSeconds must be a whole number ≥ 1');
    this.leaseDurationMs = secs * 1000;
  }

  /** True while the last successful renewal is younger than the lease duration. */
  isLeader(now = Date.now()): boolean {
    return this.lastWrite !== null && now - this.lastRenewAt < this.leaseDurationMs;
  }

  /** The checkpoint stored on the Lease, as last read or written. */
  checkpoint(): bigint | undefined {
    const v = this.lastWrite?.metadata.annotations?.[CHECKPOINT_ANNOTATION];
    return v === undefined ? undefined : BigInt(v);
  }

  /**
   * Takes the Lease if it is free or expired, or renews it if held; writes `checkpoint` when
   * given. Returns whether this process holds the Lease afterwards.
   */
  async tryAcquireOrRenew(checkpoint?: bigint): Promise<boolean> {
    const now = Date.now();
    const current = await this.store.get('Lease', this.namespace, this.name);
    if (!current) return this.create(now, checkpoint);
    const rv = current.metadata.resourceVersion!;
    if (this.observed?.rv !== rv) this.observed = { rv, at: now };
    const holder = current.spec?.holderIdentity ?? '';
    const mine = holder === this.identity;
    const expired = holder === '' || now - this.observed.at >= (current.spec?.leaseDurationSeconds ?? 15) * 1000;
    if (!mine && !expired) {
      this.lastWrite = null;
      return false;
    }
    const next = structuredClone(current);
    next.spec = {
      ...next.spec,
      holderIdentity: this.identity,
      leaseDurationSeconds: this.leaseDurationMs / 1000,
      renewTime: new Date(now).toISOString(),
    };
    if (!mine) {
      next.spec.acquireTime = next.spec.renewTime;
      next.spec.leaseTransitions = (current.spec?.leaseTransitions ?? 0) + 1;
    }
    if (checkpoint !== undefined) {
      next.metadata.annotations = { ...next.metadata.annotations, [CHECKPOINT_ANNOTATION]: checkpoint.toString() };
    }
    return this.write(() => this.store.replace('Lease', this.namespace, this.name, next, { resourceVersion: rv }), now);
  }

  /** Lets a standby take over at once (graceful stop). */
  async release(checkpoint?: bigint): Promise<void> {
    if (!this.lastWrite) return;
    const rv = this.lastWrite.metadata.resourceVersion;
    try {
      await this.store.update(
        'Lease',
        this.namespace,
        this.name,
        (l) => {
          l.spec = { ...l.spec, holderIdentity: '' };
          if (checkpoint !== undefined) l.metadata.annotations = { ...l.metadata.annotations, [CHECKPOINT_ANNOTATION]: checkpoint.toString() };
          return l;
        },
        { resourceVersion: rv },
      );
    } catch (err) {
      if (!isCapstanError(err, 'CONFLICT') && !isCapstanError(err, 'NOT_FOUND')) throw err;
    } finally {
      this.lastWrite = null;
    }
  }

  private async create(now: number, checkpoint?: bigint): Promise<boolean> {
    const t = new Date(now).toISOString();
    const lease: KObject = {
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: {
        name: this.name,
        namespace: this.namespace,
        ...(checkpoint !== undefined ? { annotations: { [CHECKPOINT_ANNOTATION]: checkpoint.toString() } } : {}),
      },
      spec: { holderIdentity: this.identity, leaseDurationSeconds: this.leaseDurationMs / 1000, acquireTime: t, renewTime: t, leaseTransitions: 0 },
    };
    return this.write(() => this.store.create('Lease', this.namespace, lease), now);
  }

  private async write(op: () => Promise<KObject>, now: number): Promise<boolean> {
    try {
      this.lastWrite = await op();
      this.lastRenewAt = now;
      this.observed = { rv: this.lastWrite.metadata.resourceVersion!, at: now };
      return true;
    } catch (err) {
      // Someone else wrote first: they won this round.
      if (err instanceof CapstanError && (err.code === 'CONFLICT' || err.code === 'ALREADY_EXISTS')) {
        this.lastWrite = null;
        return false;
      }
      throw err;
    }
  }
}
