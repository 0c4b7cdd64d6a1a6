/**
 * Pod IPs from the node's /24 (`spec.podCIDR`): .2 to .254 (.1 is the node's own address).
 * Which pod has which address is kept in `<data dir>/pod-ips.json`, so an agent that restarts
 * gives its running pods the addresses they already have.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The first address of a CIDR (`127.64.3.0/24` → `127.64.3.1`): the node's InternalIP. */
export function firstAddress(cidr: string): string {
  const [base] = cidr.split('/');
  const octets = base!.split('.').map(Number);
  octets[3] = (octets[3]! & 0xff) + 1;
  return octets.join('.');
}

export class PodIPAllocator {
  private readonly byUid = new Map<string, string>();
  private readonly file: string;

  constructor(
    dataDir: string,
    /** The node's pod CIDR, a /24. */
    private readonly cidr: string,
  ) {
    this.file = path.join(dataDir, 'pod-ips.json');
    try {
      const saved = JSON.parse(readFileSync(this.file, 'utf8')) as { cidr?: string; pods?: Record<string, string> };
      // Addresses of another CIDR (the node was deleted and joined again) are no longer ours.
      if (saved.cidr === cidr) for (const [uid, ip] of Object.entries(saved.pods ?? {})) this.byUid.set(uid, ip);
    } catch {
      /* no file yet */
    }
  }

  private prefix(): string {
    return this.cidr.split('/')[0]!.split('.').slice(0, 3).join('.');
  }

  get(uid: string): string | undefined {
    return this.byUid.get(uid);
  }

  /** The pod's address, allocating the lowest free one (or `preferred`, e.g. a re-adopted sandbox's). */
  allocate(uid: string, preferred?: string): string {
    const known = this.byUid.get(uid);
    if (known) return known;
    const used = new Set(this.byUid.values());
    let ip: string | undefined;
    if (preferred && preferred.startsWith(`${this.prefix()}.`) && !used.has(preferred)) ip = preferred;
    for (let host = 2; !ip && host <= 254; host++) {
      const candidate = `${this.prefix()}.${host}`;
      if (!used.has(candidate)) ip = candidate;
    }
    if (!ip) throw new Error(`no free pod IP left in ${this.cidr} (253 pods)`);
    this.byUid.set(uid, ip);
    this.save();
    return ip;
  }

  release(uid: string): void {
    if (this.byUid.delete(uid)) this.save();
  }

  uids(): string[] {
    return [...this.byUid.keys()];
  }

  private save(): void {
    mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify({ cidr: this.cidr, pods: Object.fromEntries(this.byUid) }));
    renameSync(tmp, this.file);
  }
}
