import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProcessRuntime } from './process.ts';
import { containerConfig, exitRecorder, readAllLogs, sandboxConfig, tempDir, waitForLine } from './process/test-support.ts';
import type { Runtime } from './types.ts';

const tmp = tempDir('process-logs');
const podDir = path.join(tmp.dir, 'pods', 'p1');
let runtime: Runtime;
let waitExit: ReturnType<typeof exitRecorder>;

beforeAll(async () => {
  runtime = createProcessRuntime({ stateDir: path.join(tmp.dir, 'state'), exitPollMs: 100, logSampleMs: 50, cgroups: false });
  await runtime.init();
  waitExit = exitRecorder(runtime);
  await runtime.runSandbox(sandboxConfig('p1', podDir));
});

afterAll(async () => {
  await runtime.removeSandbox('p1');
  await runtime.close();
  tmp.remove();
});

describe('process runtime › logs', () => {
  it('returns the last lines with tailLines and only recent lines with sinceSeconds', async () => {
    const id = await runtime.createContainer(
      'p1',
      containerConfig(podDir, 'tail-since', 'echo early 1; echo early 2; echo early 3; sleep 3; echo late 1; echo late 2; echo done; exec sleep 300'),
    );
    await runtime.startContainer(id);
    await waitForLine(runtime, id, /done/);
    expect(await readAllLogs(runtime, id, { tailLines: 2 })).toEqual(['late 2\n', 'done\n']);
    expect(await readAllLogs(runtime, id, { tailLines: 0 })).toEqual([]);
    expect(await readAllLogs(runtime, id, { tailLines: 100 })).toHaveLength(6);
    // The early lines are 3 s older than the late ones; marks are sampled every 50 ms.
    expect(await readAllLogs(runtime, id, { sinceSeconds: 2 })).toEqual(['late 1\n', 'late 2\n', 'done\n']);
    expect(await readAllLogs(runtime, id, { sinceSeconds: 2, tailLines: 1 })).toEqual(['done\n']);
    expect(await readAllLogs(runtime, id, { sinceSeconds: 60 })).toHaveLength(6);
    await runtime.stopContainer(id, 5);
  });

  it('follows new lines as they are written and ends when the container exits', async () => {
    const id = await runtime.createContainer('p1', containerConfig(podDir, 'follow', 'i=0; while [ $i -lt 10 ]; do echo "tick $i"; i=$((i+1)); sleep 0.05; done; printf "no newline at the end"'));
    await runtime.startContainer(id);
    const lines: string[] = [];
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), 20_000);
    for await (const line of runtime.logs(id, { follow: true, signal: abort.signal })) lines.push(line);
    clearTimeout(timer);
    expect(abort.signal.aborted).toBe(false); // it ended because the container did
    expect(lines).toEqual([...Array.from({ length: 10 }, (_, i) => `tick ${i}\n`), 'no newline at the end\n']);
  });

  it('stops following when the signal aborts', async () => {
    const id = await runtime.createContainer('p1', containerConfig(podDir, 'abort', 'echo one; exec sleep 300'));
    await runtime.startContainer(id);
    const abort = new AbortController();
    const lines: string[] = [];
    for await (const line of runtime.logs(id, { follow: true, signal: abort.signal })) {
      lines.push(line);
      abort.abort();
    }
    expect(lines).toEqual(['one\n']);
    expect((await runtime.containerStatus(id))!.state).toBe('running');
    await runtime.stopContainer(id, 5);
  });

  it('rotates past logMaxBytes keeping logMaxFiles files, and a follower reads on across rotations', async () => {
    // 20 bursts of 40 numbered lines (one write each, 10 per second): ~31 KB through 3 files of ~4 KB.
    const script = 'i=0; while [ $i -lt 20 ]; do seq -f "line %05g ....................." $((i*40)) $((i*40+39)); i=$((i+1)); sleep 0.1; done';
    const config = containerConfig(podDir, 'rotating', script, { logMaxBytes: 4000, logMaxFiles: 3 });
    const id = await runtime.createContainer('p1', config);
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), 25_000);
    const followed: string[] = [];
    const following = (async () => {
      for await (const line of runtime.logs(id, { follow: true, signal: abort.signal })) followed.push(line);
    })();
    await runtime.startContainer(id);
    expect(await waitExit(id)).toMatchObject({ exitCode: 0 });
    await following;
    clearTimeout(timer);
    const numbers = followed.map((l) => Number(/^line (\d+) /.exec(l)?.[1]));
    expect(numbers).toEqual(Array.from({ length: 800 }, (_, i) => i));

    expect(existsSync(`${config.logPath}.1`)).toBe(true);
    expect(existsSync(`${config.logPath}.2`)).toBe(true);
    expect(existsSync(`${config.logPath}.3`)).toBe(false);
    // What is still on disk reads as one stream: the newest lines, in order, without gaps.
    const kept = (await readAllLogs(runtime, id)).map((l) => Number(/^line (\d+) /.exec(l)?.[1]));
    expect(kept[0]).toBeGreaterThan(0);
    expect(kept).toEqual(Array.from({ length: kept.length }, (_, i) => kept[0]! + i));
    expect(kept[kept.length - 1]).toBe(799);
    expect(await readAllLogs(runtime, id, { tailLines: 3 })).toHaveLength(3);
  });

  it('keeps an exited container log until the container is removed', async () => {
    const id = await runtime.createContainer('p1', containerConfig(podDir, 'kept', 'echo attempt zero'));
    await runtime.startContainer(id);
    await waitExit(id);
    expect(await readAllLogs(runtime, id)).toEqual(['attempt zero\n']);
    await runtime.removeContainer(id);
    await expect(readAllLogs(runtime, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
