/**
 * The podman runtime against real podman: a busybox image made locally, real containers in real
 * podman pods, ports published on the pod's loopback IP, SIGTERM through the init process, memory
 * limits and OOM kills, exec, logs, and a second runtime instance re-adopting what the first ran.
 * Skipped (with the reason printed) only where podman is not installed.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import Docker from 'dockerode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPodmanRuntime } from '../node-agent/runtime/podman.ts';
import { ensureBusyboxImage } from '../node-agent/runtime/podman/busybox-image.ts';
import { podNetworkFor } from '../node-agent/runtime/podman/pod-network.ts';
import { createScratchStorage, type ScratchStorage } from '../node-agent/runtime/podman/scratch-storage.ts';
import type { ContainerConfig, ContainerStatus, Runtime, SandboxConfig } from '../node-agent/runtime/types.ts';
import { pidAlive } from './cluster.ts';
import { podmanInstalled, waitFor } from './harness.ts';

const HAVE_PODMAN = podmanInstalled('podman-runtime');

// Pod IPs high in 127.64.0.0/10, away from the /24s other tests' nodes are given.
const ip = (n: number) => `127.127.201.${n}`;
// A pod /24 whose bridge was once 10.88.201.0/24, inside podman's own default network.
const IN_10_88 = '127.88.201.2';

describe.skipIf(!HAVE_PODMAN)('podman runtime', () => {
  let storage: ScratchStorage;
  let runtime: Runtime;
  const exits: ContainerStatus[] = [];
  const sandboxes: string[] = [];

  const newRuntime = () =>
    createPodmanRuntime({ stateDir: storage.stateDir, root: storage.root, runroot: storage.runroot });

  /** A sandbox with one container; returns the pod uid, container id and its config. */
  async function runPod(n: number, container: Partial<ContainerConfig> & { command: string[] }, ports: (number | { containerPort: number; hostPort: number })[] = [], sandbox: Partial<SandboxConfig> = {}) {
    const uid = randomUUID();
    sandboxes.push(uid);
    const podDir = path.join(storage.dir, 'pods', uid);
    await runtime.runSandbox({
      uid,
      namespace: 'default',
      name: `pod-${n}`,
      ip: ip(n),
      ports: ports.map((p) => ({ ...(typeof p === 'number' ? { containerPort: p } : p), protocol: 'TCP' as const })),
      labels: { app: `test-${n}` },
      podDir,
      ...sandbox,
    });
    const config: ContainerConfig = {
      name: 'main',
      attempt: 0,
      image: 'localhost/busybox',
      args: [],
      env: { POD_IP: ip(n) },
      logPath: path.join(podDir, 'main', '0.log'),
      ...container,
    };
    const started = performance.now();
    const id = await runtime.createContainer(uid, config);
    await runtime.startContainer(id);
    const createStartMs = performance.now() - started;
    return { uid, id, config, createStartMs };
  }

  const exitOf = (id: string) => waitFor(`container ${id.slice(0, 12)} to exit`, () => exits.find((e) => e.id === id), 20_000);

  beforeAll(async () => {
    storage = await createScratchStorage('runtime');
    const t0 = performance.now();
    await ensureBusyboxImage({ root: storage.root, runroot: storage.runroot });
    const t1 = performance.now();
    runtime = newRuntime();
    await runtime.init();
    runtime.onExit((s) => exits.push(s));
    console.log(`podman: busybox image ${Math.round(t1 - t0)} ms, runtime init ${Math.round(performance.now() - t1)} ms`);
  });

  afterAll(async () => {
    if (!storage) return;
    for (const uid of sandboxes) await runtime?.removeSandbox(uid).catch(() => {});
    await runtime?.close().catch(() => {});
    await storage.remove({ networks: [podNetworkFor(ip(2)).network, podNetworkFor(IN_10_88).network] });
  });

  it('runs a busybox container to its exit code and keeps what it printed', async () => {
    const { id, config, createStartMs } = await runPod(2, {
      command: ['sh', '-c'],
      args: ['echo hello from busybox; echo "at $POD_IP in $(pwd)" >&2; exit 7'],
      workingDir: '/tmp',
    });
    const exit = await exitOf(id);
    console.log(`podman: first container create+start ${Math.round(createStartMs)} ms (pod's first container)`);
    expect(exit).toMatchObject({ id, name: 'main', attempt: 0, state: 'exited', exitCode: 7, reason: 'Error' });
    expect(exit.finishedAt!.getTime()).toBeGreaterThanOrEqual(exit.startedAt!.getTime());

    const lines: string[] = [];
    for await (const line of runtime.logs(id, { follow: false, signal: new AbortController().signal })) lines.push(line);
    expect(lines).toEqual(['hello from busybox\n', `at ${ip(2)} in /tmp\n`]);
    expect(readFileSync(config.logPath, 'utf8')).toContain('hello from busybox');

    const tail: string[] = [];
    for await (const line of runtime.logs(id, { follow: true, tailLines: 1, signal: new AbortController().signal })) tail.push(line);
    expect(tail).toEqual([`at ${ip(2)} in /tmp\n`]);
  });

  it('publishes a container port on the pod IP (and a hostPort on the node IP), mounts files read-only and runs exec probes', async () => {
    const token = '/var/run/secrets/kubernetes.io/serviceaccount/token';
    const { uid, id, createStartMs } = await runPod(
      3,
      {
        command: ['sh', '-c', `mkdir -p /www && cp ${token} /www/index.html && exec httpd -f -p 8080 -h /www`],
        files: [{ path: path.join(storage.dir, 'pods', 'token-3'), contents: 'a-service-account-token', mode: 0o600, mountPath: token }],
      },
      [{ containerPort: 8080, hostPort: 18080 }, 8080],
    );
    console.log(`podman: container create+start ${Math.round(createStartMs)} ms`);
    const body = await waitFor(
      `http://${ip(3)}:8080/ to answer`,
      () => fetch(`http://${ip(3)}:8080/index.html`).then((r) => (r.ok ? r.text() : null), () => null),
      15_000,
      100,
    );
    expect(body).toBe('a-service-account-token');
    // hostPort: on the node's IP, the first address of the pod's /24.
    expect(await fetch(`http://${ip(1)}:18080/index.html`).then((r) => r.text())).toBe('a-service-account-token');

    expect(await runtime.exec(id, ['cat', '/www/index.html'], 10_000)).toEqual({ exitCode: 0, output: 'a-service-account-token' });
    // Its own pod IP is local inside the pod too.
    const own = await runtime.exec(id, ['sh', '-c', `printf 'GET /index.html HTTP/1.0\\r\\n\\r\\n' | nc ${ip(3)} 8080 | tail -n 1`], 10_000);
    expect(own).toEqual({ exitCode: 0, output: 'a-service-account-token' });
    expect((await runtime.exec(id, ['sh', '-c', 'echo no >&2; exit 3'], 10_000)).exitCode).toBe(3);
    expect((await runtime.exec(id, ['sh', '-c', `echo x > ${token}`], 10_000)).exitCode).not.toBe(0);
    const t = performance.now();
    const slow = await runtime.exec(id, ['sleep', '30'], 500);
    expect(slow.exitCode).toBe(124);
    expect(performance.now() - t).toBeLessThan(5_000);

    const [sandbox] = (await runtime.listSandboxes()).filter((s) => s.uid === uid);
    expect(sandbox).toEqual({ uid, ip: ip(3), ready: true, labels: { app: 'test-3' } });
  });

  it('a container reaches other pods and host services (a Service IP) by their loopback addresses', async () => {
    // A "Service" on the host, as the agent's proxy listens on cluster IPs in 127.32.0.0/12.
    const serviceIp = '127.32.201.9';
    const service = net.createServer((socket) => socket.end('hello from the service\n'));
    await new Promise<void>((resolve) => service.listen(0, serviceIp, resolve));
    const servicePort = (service.address() as net.AddressInfo).port;
    try {
      const get = (host: string) => `printf 'GET /index.html HTTP/1.0\\r\\n\\r\\n' | nc ${host} 8080 | tail -n 1; echo`;
      const { id } = await runPod(7, {
        command: ['sh', '-c', `${get(ip(3))}; nc ${serviceIp} ${servicePort} </dev/null`],
      });
      const exit = await exitOf(id);
      const lines: string[] = [];
      for await (const line of runtime.logs(id, { follow: false, signal: new AbortController().signal })) lines.push(line);
      expect({ exitCode: exit.exitCode, lines }).toEqual({ exitCode: 0, lines: ['a-service-account-token\n', 'hello from the service\n'] });
    } finally {
      service.close();
    }
  });

  it("starts a pod of a node whose /24 is 127.88.x.0, as podman's default network holds 10.88.0.0/16", async () => {
    const { id } = await runPod(8, { command: ['sh', '-c', 'echo "up at $(hostname -i)"'] }, [], { ip: IN_10_88 });
    const exit = await exitOf(id);
    const lines: string[] = [];
    for await (const line of runtime.logs(id, { follow: false, signal: new AbortController().signal })) lines.push(line);
    expect({ exitCode: exit.exitCode, lines }).toEqual({ exitCode: 0, lines: [`up at ${podNetworkFor(IN_10_88).address}\n`] });
  });

  it('refuses an image that is not in local storage with a message that says how to make one', async () => {
    const uid = randomUUID();
    sandboxes.push(uid);
    await runtime.runSandbox({ uid, namespace: 'default', name: 'no-image', ip: ip(8), ports: [], labels: {}, podDir: path.join(storage.dir, 'pods', uid) });
    const config: ContainerConfig = { name: 'main', attempt: 0, image: 'localhost/not-made-here', command: ['true'], args: [], env: {}, logPath: path.join(storage.dir, 'pods', uid, 'main.log') };
    await expect(runtime.createContainer(uid, config)).rejects.toThrow(/localhost\/not-made-here is not in podman's local storage.*podman import/);
  });

  it('stops a container on SIGTERM long before its grace period ends', async () => {
    const { id } = await runPod(4, { command: ['sleep', '1000'] });
    await waitFor('the container to run', async () => (await runtime.containerStatus(id))?.state === 'running');
    const t = performance.now();
    await runtime.stopContainer(id, 30);
    const stopMs = performance.now() - t;
    console.log(`podman: stop with SIGTERM ${Math.round(stopMs)} ms`);
    expect(stopMs).toBeLessThan(10_000);
    expect(await runtime.containerStatus(id)).toMatchObject({ state: 'exited', exitCode: 143, signal: 15, reason: 'Error' });
  });

  it('sets the container memory limit and the pod cgroup memory and pids limits; a container beyond its limit is OOMKilled', async () => {
    const limit = 32 * 1024 * 1024;
    // A shell variable of ~100 MB: far beyond the limit.
    const { id, uid } = await runPod(
      5,
      { command: ['sh', '-c', 'x=$(head -c 100000000 /dev/zero | tr "\\0" a); echo survived ${#x}'], memoryLimitBytes: limit },
      [],
      { memoryLimitBytes: 2 * limit, pidsLimit: 64 },
    );
    const docker = new Docker({ socketPath: path.join(storage.stateDir, 'podman.sock') });
    expect((await docker.getContainer(id).inspect()).HostConfig.Memory).toBe(limit);
    // The pod's own cgroup (cgroup v1 here) carries the pod-level limits.
    const podCgroup = (JSON.parse(execFileSync('podman', ['--root', storage.root, '--runroot', storage.runroot, 'pod', 'inspect', `capstan-${uid}`], { encoding: 'utf8' })) as { CgroupPath: string }).CgroupPath;
    expect(readFileSync(`/sys/fs/cgroup/memory${podCgroup}/memory.limit_in_bytes`, 'utf8').trim()).toBe(String(2 * limit));
    expect(readFileSync(`/sys/fs/cgroup/pids${podCgroup}/pids.max`, 'utf8').trim()).toBe('64');
    const exit = await exitOf(id);
    expect(exit).toMatchObject({ state: 'exited', reason: 'OOMKilled', exitCode: 137 });
  });

  it('a new runtime instance replaces the podman service a crashed one left, re-adopts its running container and hears of its exit', async () => {
    const { uid, id } = await runPod(6, { command: ['sh', '-c', 'echo ready; exec sleep 1000'], attempt: 2, name: 'sidecar' });
    await waitFor('the container to run', async () => (await runtime.containerStatus(id))?.state === 'running');

    // As after an agent crash: the old podman service still runs when the next runtime starts.
    const oldService = Number(readFileSync(path.join(storage.stateDir, 'podman-service.pid'), 'utf8'));
    const old = runtime;
    runtime = newRuntime();
    const seen: ContainerStatus[] = [];
    runtime.onExit((s) => {
      seen.push(s);
      exits.push(s);
    });
    await runtime.init();
    await waitFor('the old podman service to be gone', () => !pidAlive(oldService), 10_000);
    await old.close();
    const adopted = await runtime.listContainers(uid);
    expect(adopted).toEqual([expect.objectContaining({ id, podUid: uid, name: 'sidecar', attempt: 2, state: 'running' })]);
    expect((await runtime.listSandboxes()).find((s) => s.uid === uid)).toMatchObject({ ip: ip(6), ready: true });

    // A follower gets the log so far, then ends once the container is gone.
    const followed: string[] = [];
    const follower = (async () => {
      for await (const line of runtime.logs(id, { follow: true, signal: AbortSignal.timeout(20_000) })) followed.push(line);
    })();
    await waitFor('the followed log', () => followed.includes('ready\n'));
    await runtime.stopContainer(id, 10);
    await waitFor('the exit event on the new instance', () => seen.find((s) => s.id === id));
    await follower;
    expect(followed).toEqual(['ready\n']);
    await runtime.removeSandbox(uid);
    expect(await runtime.containerStatus(id)).toBeNull();
    expect((await runtime.listSandboxes()).find((s) => s.uid === uid)).toBeUndefined();
  });
});
