import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cgroups } from './cgroups.ts';
import { createProcessRuntime, isRuntimeError } from './process.ts';
import { readProcStat } from './process/proc.ts';
import { containerConfig, exitRecorder, readAllLogs, sandboxConfig, tempDir, waitForLine } from './process/test-support.ts';
import type { Runtime } from './types.ts';

const tmp = tempDir('process-runtime');
const podDir = path.join(tmp.dir, 'pods', 'p1');
let runtime: Runtime;
let waitExit: ReturnType<typeof exitRecorder>;
const cgroups = Cgroups.detect();

function isGone(pid: number): boolean {
  const stat = readProcStat(pid);
  return stat === null || stat.state === 'Z';
}

/** Waits until `probe` holds (or 5 s passed: the assertion after it then fails). */
async function until(probe: () => boolean): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!probe() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
}

beforeAll(async () => {
  runtime = createProcessRuntime({ stateDir: path.join(tmp.dir, 'state'), exitPollMs: 100, logSampleMs: 200 });
  await runtime.init();
  waitExit = exitRecorder(runtime);
  await runtime.runSandbox(sandboxConfig('p1', podDir));
});

afterAll(async () => {
  await runtime.removeSandbox('p1');
  await runtime.close();
  tmp.remove();
});

describe('process runtime › running a container', () => {
  it('runs command[0] with the rest of command plus args, exactly the given env and the workingDir, and reports exit code 3 as Error', async () => {
    process.env.CAPSTAN_AGENT_ONLY = 'leaked';
    // command [sh, -c, script, zero] + args [first]: the script's $0 and $1.
    const id = await runtime.createContainer('p1', {
      ...containerConfig(podDir, 'env', ''),
      command: ['sh', '-c', 'echo "$GREETING from $(pwd) as $1"; echo "agent-only=${CAPSTAN_AGENT_ONLY:-unset} home=$HOME"; exit 3', 'zero'],
      args: ['first'],
      env: { GREETING: 'hello' },
      workingDir: 'work',
    });
    await runtime.startContainer(id);
    const status = await waitExit(id);
    expect(status).toMatchObject({ id: id, podUid: 'p1', name: 'env', state: 'exited', exitCode: 3, reason: 'Error' });
    expect(status.finishedAt!.getTime()).toBeGreaterThanOrEqual(status.startedAt!.getTime());
    expect(await readAllLogs(runtime, id)).toEqual([`hello from ${path.join(podDir, 'work')} as first\n`, 'agent-only=unset home=/\n']);
    delete process.env.CAPSTAN_AGENT_ONLY;
  });

  it('runs args alone when command is empty, and reports exit code 0 as Completed', async () => {
    const id = await runtime.createContainer('p1', { ...containerConfig(podDir, 'args-only', ''), command: [], args: ['echo', 'only args'] });
    await runtime.startContainer(id);
    expect(await waitExit(id)).toMatchObject({ exitCode: 0, reason: 'Completed', signal: undefined });
    expect(await readAllLogs(runtime, id)).toEqual(['only args\n']);
  });

  it('refuses a container whose command and args are both empty', async () => {
    const err = await runtime.createContainer('p1', { ...containerConfig(podDir, 'empty', ''), command: [], args: [] }).catch((e) => e);
    expect(isRuntimeError(err, 'INVALID')).toBe(true);
    expect(String(err.message)).toMatch(/command and args are both empty/);
  });

  it('reports a command that does not exist as StartError', async () => {
    const id = await runtime.createContainer('p1', { ...containerConfig(podDir, 'missing', ''), command: ['no-such-program-xyz'], args: [] });
    await runtime.startContainer(id);
    const status = await waitExit(id);
    expect(status).toMatchObject({ state: 'exited', reason: 'StartError', exitCode: 128 });
    expect(status.message).toMatch(/no-such-program-xyz.*not found/);
  });

  it('places files with their mode before the container starts', async () => {
    const token = path.join(podDir, 'secrets', 'token');
    const id = await runtime.createContainer(
      'p1',
      containerConfig(podDir, 'files', `cat ${token}; echo; stat -c %a ${token}`, { files: [{ path: token, contents: 'tok-123', mode: 0o600 }] }),
    );
    await runtime.startContainer(id);
    await waitExit(id);
    expect(await readAllLogs(runtime, id)).toEqual(['tok-123\n', '600\n']);
    expect(statSync(token).mode & 0o777).toBe(0o600);
  });
});

describe('process runtime › stopping', () => {
  it('stops a process with SIGTERM and reports exit 143 and signal 15', async () => {
    const id = await runtime.createContainer('p1', { ...containerConfig(podDir, 'sleeper', ''), command: ['sleep', '300'], args: [] });
    await runtime.startContainer(id);
    // Stopped right after the start, as a pod deleted at once is (process-stop-race.test.ts
    // sweeps that moment).
    const started = Date.now();
    await runtime.stopContainer(id, 10);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await runtime.containerStatus(id)).toMatchObject({ state: 'exited', exitCode: 143, signal: 15, reason: 'Error' });
  });

  it('lets a process that handles SIGTERM finish, with its own exit code', async () => {
    const id = await runtime.createContainer('p1', containerConfig(podDir, 'graceful', 'trap "echo bye; exit 0" TERM; echo ready; while :; do sleep 0.1; done'));
    await runtime.startContainer(id);
    await waitForLine(runtime, id, /ready/);
    await runtime.stopContainer(id, 10);
    expect(await runtime.containerStatus(id)).toMatchObject({ exitCode: 0, reason: 'Completed' });
    // SIGTERM goes to the whole process group (as systemd's KillMode=control-group): the shell's
    // `sleep` got it too, and the shell says so.
    const lines = await readAllLogs(runtime, id);
    expect(lines[0]).toBe('ready\n');
    expect(lines[lines.length - 1]).toBe('bye\n');
  });

  it('sends SIGKILL after the grace period to a process that ignores SIGTERM', async () => {
    const id = await runtime.createContainer('p1', containerConfig(podDir, 'stubborn', 'trap "" TERM; echo ready; while :; do sleep 0.1; done'));
    await runtime.startContainer(id);
    await waitForLine(runtime, id, /ready/);
    const started = Date.now();
    await runtime.stopContainer(id, 1);
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(950);
    expect(took).toBeLessThan(8_000);
    expect(await runtime.containerStatus(id)).toMatchObject({ state: 'exited', exitCode: 137, signal: 9, reason: 'Error' });
  });

  it('stops the whole process tree, and with cgroups even a process that left the process group', async () => {
    const pidFile = path.join(podDir, 'tree.pids');
    const escape = cgroups.mode !== 'none' ? `setsid sleep 301 & echo $! >> ${pidFile};` : '';
    const id = await runtime.createContainer(
      'p1',
      containerConfig(podDir, 'tree', `sleep 302 & echo $! > ${pidFile}; sh -c 'sleep 303 & echo $! >> ${pidFile}; wait' & ${escape} echo ready; wait`),
    );
    await runtime.startContainer(id);
    await waitForLine(runtime, id, /ready/);
    const expected = cgroups.mode !== 'none' ? 3 : 2;
    const readPids = () => (existsSync(pidFile) ? readFileSync(pidFile, 'utf8').trim().split('\n').map(Number) : []);
    await until(() => readPids().length === expected);
    const pids = readPids();
    expect(pids.every((p) => !isGone(p))).toBe(true);
    await runtime.stopContainer(id, 5);
    await until(() => pids.every(isGone));
    expect(pids.filter((p) => !isGone(p))).toEqual([]);
  });

  it('kills what a container left running when its main process exits', async () => {
    const pidFile = path.join(podDir, 'leftover.pids');
    const id = await runtime.createContainer('p1', containerConfig(podDir, 'leftover', `sleep 304 & echo $! > ${pidFile}; exit 0`));
    await runtime.startContainer(id);
    expect(await waitExit(id)).toMatchObject({ exitCode: 0 });
    const pid = Number(readFileSync(pidFile, 'utf8'));
    await until(() => isGone(pid));
    expect(isGone(pid)).toBe(true);
  });
});

describe('process runtime › exec', () => {
  let id: string;
  beforeAll(async () => {
    id = await runtime.createContainer('p1', { ...containerConfig(podDir, 'exec-target', 'echo up; exec sleep 300'), env: { PROBE_VALUE: 'v42' }, workingDir: 'exec-wd' });
    await runtime.startContainer(id);
  });

  it('runs a command with the container env and workingDir and returns its output and exit code', async () => {
    expect(await runtime.exec(id, ['sh', '-c', 'echo "$PROBE_VALUE in $(pwd)"; echo oops >&2; exit 4'], 5_000)).toEqual({
      exitCode: 4,
      output: `v42 in ${path.join(podDir, 'exec-wd')}\noops\n`,
    });
    expect(await runtime.exec(id, ['true'], 5_000)).toEqual({ exitCode: 0, output: '' });
    expect((await runtime.exec(id, ['no-such-probe'], 5_000)).exitCode).toBe(127);
  });

  it('kills a command that runs past its timeout and says so', async () => {
    const started = Date.now();
    const result = await runtime.exec(id, ['sh', '-c', 'echo partial; sleep 30'], 500);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(result.exitCode).not.toBe(0);
    expect(result.output).toMatch(/^partial\n.*timed out after 500 ms/s);
  });

  it('refuses to exec in a container that is not running', async () => {
    await runtime.stopContainer(id, 5);
    const err = await runtime.exec(id, ['true'], 1_000).catch((e) => e);
    expect(isRuntimeError(err, 'CONFLICT')).toBe(true);
  });
});

describe('process runtime › limits', () => {
  it('reports a container that goes over its memory limit as OOMKilled', async (ctx) => {
    if (cgroups.mode === 'none') {
      console.log(`skipped: no usable memory cgroup on this host (${cgroups.reason})`);
      ctx.skip();
    }
    const id = await runtime.createContainer('p1', { ...containerConfig(podDir, 'hog', ''), command: ['tail', '/dev/zero'], args: [], memoryLimitBytes: 32 * 1024 * 1024 });
    await runtime.startContainer(id);
    expect(await waitExit(id, 20_000)).toMatchObject({ state: 'exited', exitCode: 137, signal: 9, reason: 'OOMKilled' });
  });

  it('enforces a pod pids limit: forks past it fail', async (ctx) => {
    if (cgroups.mode === 'none') {
      console.log(`skipped: no usable cgroups on this host (${cgroups.reason})`);
      ctx.skip();
    }
    const pod2 = path.join(tmp.dir, 'pods', 'p2');
    await runtime.runSandbox(sandboxConfig('p2', pod2, { pidsLimit: 6 }));
    try {
      const id = await runtime.createContainer('p2', containerConfig(pod2, 'forker', 'for i in 1 2 3 4 5 6 7 8 9 10; do sleep 5 & done; echo "forked"; kill $(jobs -p) 2>/dev/null; exit 0'));
      await runtime.startContainer(id);
      await waitExit(id);
      expect((await readAllLogs(runtime, id)).join('')).toMatch(/Cannot fork/);
    } finally {
      await runtime.removeSandbox('p2');
    }
  });

  it('removes a container, its log and its cgroups', async () => {
    const id = await runtime.createContainer('p1', containerConfig(podDir, 'removed', 'echo bye'));
    await runtime.startContainer(id);
    await waitExit(id);
    if (cgroups.mode !== 'none') expect(cgroups.pathsFor('p1', id).every((d) => existsSync(d))).toBe(true);
    const logPath = (await runtime.containerStatus(id))!.logPath;
    expect(existsSync(logPath)).toBe(true);
    await runtime.removeContainer(id);
    expect(existsSync(logPath)).toBe(false);
    expect(await runtime.containerStatus(id)).toBeNull();
    if (cgroups.mode !== 'none') {
      const dirs = cgroups.pathsFor('p1', id);
      expect(dirs.length).toBeGreaterThan(0);
      expect(dirs.filter((d) => existsSync(d))).toEqual([]);
    }
  });
});
