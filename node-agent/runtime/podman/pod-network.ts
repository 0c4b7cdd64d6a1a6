/**
 * A podman pod's network: a bridge per pod /24 and a bridge address derived from the pod IP
 * (127.B.C.D ↔ 10.B'.C.D with B' = B + 128 mod 256), so podman's IP allocation never hands two
 * pods the same address, even when several podman storages (agents, test files) share this host.
 * Ports are published on the pod IP (127.B.C.D:port → 10.B'.C.D:port).
 *
 * Why not 10.B.C.D: podman's own default network holds 10.88.0.0/16 and refuses any subnet inside
 * it ("already used on the host or by another config"), so one node in 64 (pod /24s 127.88.x.0)
 * could never start a pod. With B' the default pod range 127.64.0.0/10 lands on 10.192.0.0/10;
 * only pod ranges placed in 127.216.0.0/16 would meet 10.88 (ensureNetwork says so).
 *
 * Inside the pod's network namespace, 127.0.0.0/8 is normally all local: a container could not
 * reach other pods' IPs or Service IPs (127.32.0.0/12), which live on the host. So the local route
 * is narrowed to 127.0.0.1 and the pod's own IP, and the rest of 127.0.0.0/8 is routed to the
 * host through the bridge (with route_localnet on both ends, which lets 127.x cross an interface).
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { LIBPOD, LibpodClient, PodmanApiError } from './libpod-client.ts';

const execFileAsync = promisify(execFile);

export interface PodNetwork {
  /**
   * podman network name, one per pod /24: capstan-pod-127-B-C (networks named capstan-127-B-C
   * are an older Capstan's, with bridges in 10.B.C.0/24).
   */
  network: string;
  subnet: string;
  gateway: string;
  /** The pod's address on the bridge: 10.B.C.D. */
  address: string;
}

export const NETWORK_LABEL = 'capstan.runtime.network';

/** The bridge network and address for a pod IP 127.B.C.D (D in 2..254: .1 is the node's). */
export function podNetworkFor(podIp: string): PodNetwork {
  const m = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(podIp);
  const [b, c, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [];
  if (b === undefined || c === undefined || d === undefined || b > 255 || c > 255 || d < 2 || d > 254) {
    throw new Error(`pod IP ${podIp} is not a loopback pod address 127.B.C.D with D in 2..254`);
  }
  const bridge = `10.${(b + 128) % 256}.${c}`;
  return { network: `capstan-pod-127-${b}-${c}`, subnet: `${bridge}.0/24`, gateway: `${bridge}.1`, address: `${bridge}.${d}` };
}

/** Creates the pod /24's bridge network unless it exists (several agents may race: 409 is fine). */
export async function ensureNetwork(api: LibpodClient, net: PodNetwork): Promise<string> {
  const inspect = () => api.request<{ network_interface?: string }>('GET', `${LIBPOD}/networks/${net.network}/json`);
  try {
    return (await inspect()).network_interface ?? '';
  } catch (err) {
    if (!(err instanceof PodmanApiError && err.status === 404)) throw err;
  }
  try {
    const created = await api.request<{ network_interface?: string }>('POST', `${LIBPOD}/networks/create`, {
      body: { name: net.network, driver: 'bridge', subnets: [{ subnet: net.subnet, gateway: net.gateway }], labels: { [NETWORK_LABEL]: 'true' } },
    });
    return created.network_interface ?? '';
  } catch (err) {
    if (err instanceof PodmanApiError && err.status === 409) return (await inspect()).network_interface ?? '';
    if (err instanceof PodmanApiError && /already used/.test(err.message)) {
      throw new PodmanApiError(
        `pod network ${net.network}: its bridge subnet ${net.subnet} overlaps a subnet already on this host ` +
          `(podman's default network holds 10.88.0.0/16); give nodes pod /24s outside 127.216.0.0/16 or remove the other network`,
        err.status,
      );
    }
    throw err;
  }
}

async function nsExec(pid: number, args: string[]): Promise<void> {
  await execFileAsync('nsenter', ['-t', String(pid), '-n', ...args], { timeout: 15_000 });
}

/**
 * Routes 127.0.0.0/8 (except 127.0.0.1 and the pod's own IP) from the pod's network namespace
 * to the host. Idempotent; `infraPid` is any process in that namespace.
 */
export async function routeLoopbackToHost(infraPid: number, podIp: string, net: PodNetwork, bridgeInterface: string): Promise<void> {
  if (bridgeInterface) await writeFile(`/proc/sys/net/ipv4/conf/${bridgeInterface}/route_localnet`, '1');
  await nsExec(infraPid, ['sh', '-c', 'echo 1 > /proc/sys/net/ipv4/conf/eth0/route_localnet']);
  await nsExec(infraPid, ['ip', 'route', 'replace', 'local', `${podIp}/32`, 'dev', 'lo', 'table', 'local']);
  await nsExec(infraPid, ['ip', 'route', 'del', 'local', '127.0.0.0/8', 'dev', 'lo', 'table', 'local']).catch(() => {
    /* already narrowed */
  });
  await nsExec(infraPid, ['ip', 'route', 'replace', '127.0.0.0/8', 'via', net.gateway, 'dev', 'eth0', 'src', net.address]);
}
