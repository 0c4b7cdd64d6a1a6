import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createProcessRuntime } from './process.ts';
import { readProcStat } from './process/proc.ts';
import { exitRecorder, readAllLogs, tempDir, waitForLine } from './process/test-support.ts';
import type { ContainerStatus, Runtime } from './types.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const tmp = tempDir('process-readopt');
const stateDir = path.join(tmp.dir, 'state');
const podDir = path.join(tmp.dir, 'pods', 'adopt');
let runtimeB: Runtime | undefined;

afterAll(async () => {
  if (runtimeB) {
    await runtimeB.removeSandbox('adopt');
    await runtimeB.close();
  }
  tmp.remove();
});

/** Runs runtime A in its own process, which starts the containers, then SIGKILLs it. */
async function startAgentAAndKillIt(): Promise<Record<string, string>> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'process', 'readopt-fixture.ts'), stateDir, podDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const ids = await new Promise<Record<string, string>>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      if (out.includes('\n')) resolve(JSON.parse(out.split('\n')[0]!));
    });
    child.on('exit', (code) => reject(new Error(`runtime A exited early with ${code}`)));
  });
  const gone = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await gone;
  return ids;
}

describe('process runtime › re-adoption after an agent restart', () => {
  it('a new runtime on the same stateDir finds the containers of one that died, follows, stops and reports them', async () => {
    const ids = await startAgentAAndKillIt();

    // While no agent runs: one container ends on its own.
    writeFileSync(path.join(podDir, 'done-early'), '');

    runtimeB = createProcessRuntime({ stateDir, exitPollMs: 100, logSampleMs: 200 });
    const exits: ContainerStatus[] = [];
    runtimeB.onExit((s) => exits.push(s));
    const waitExit = exitRecorder(runtimeB);
    await runtimeB.init();

    expect(await runtimeB.listSandboxes()).toEqual([{ uid: 'adopt', ip: '127.64.9.7', ready: true, labels: { 'capstan.io/pod': 'default/web' } }]);
    const server = (await runtimeB.containerStatus(ids.server!))!;
    expect(server).toMatchObject({ podUid: 'adopt', name: 'server', attempt: 0, state: 'running' });
    // The very process A started, still running (not a zombie) and leading its process group.
    expect(readProcStat(server.pid!)).toMatchObject({ pgrp: server.pid, state: expect.not.stringMatching(/^[ZX]$/) });
    expect((await runtimeB.listContainers('adopt')).map((c) => c.name).sort()).toEqual(['early', 'late', 'server']);

    // The early one may still have been finishing while B loaded; either way it ends with its own code.
    const early = await waitExit(ids.early!);
    expect(early).toMatchObject({ name: 'early', state: 'exited', exitCode: 5, reason: 'Error' });

    // B follows the adopted container's log, which kept going to the same file.
    await waitForLine(runtimeB, ids.server!, /still here/);

    // B notices an adopted container's exit by itself, promptly.
    writeFileSync(path.join(podDir, 'done-late'), '');
    const before = Date.now();
    expect(await waitExit(ids.late!)).toMatchObject({ name: 'late', exitCode: 6, reason: 'Error' });
    expect(Date.now() - before).toBeLessThan(3_000);

    // B stops the adopted server gracefully and gets its exit code.
    await runtimeB.stopContainer(ids.server!, 10);
    expect(await runtimeB.containerStatus(ids.server!)).toMatchObject({ state: 'exited', exitCode: 7, reason: 'Error' });
    expect(await readAllLogs(runtimeB, ids.server!)).toContain('got TERM\n');
    expect(exits.map((e) => e.name).sort()).toEqual(['early', 'late', 'server']);
  });
});
