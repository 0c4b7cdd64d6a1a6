/**
 * `exec` in a running container (exec probes) through the Docker-compatible exec API, with a
 * timeout that kills the exec'd process: podman reports its host PID, and the agent runs as root
 * on the same host.
 */
import type Docker from 'dockerode';
import { LineSplitter, StreamDemuxer } from './log-lines.ts';

/** The exit code a timed-out exec reports (as GNU `timeout` does). */
export const EXEC_TIMEOUT_EXIT_CODE = 124;

/** At most this much output is kept (probes only need the start of it). */
const MAX_OUTPUT = 64 * 1024;

export async function execInContainer(
  docker: Docker,
  id: string,
  command: string[],
  timeoutMs: number,
): Promise<{ exitCode: number; output: string }> {
  const exec = await docker.getContainer(id).exec({ Cmd: command, AttachStdout: true, AttachStderr: true });
  const stream = (await exec.start({ hijack: true, stdin: false })) as NodeJS.ReadableStream & { destroy(): void };
  const demuxer = new StreamDemuxer();
  const text = new LineSplitter();
  let output = '';
  const take = (lines: string[]) => {
    for (const line of lines) if (output.length < MAX_OUTPUT) output += line;
  };

  let timedOut = false;
  const ended = new Promise<void>((resolve) => {
    stream.on('data', (chunk: Buffer) => {
      for (const payload of demuxer.push(chunk)) take(text.push(payload));
    });
    stream.on('end', resolve);
    stream.on('close', resolve);
    stream.on('error', () => resolve());
  });
  const timer = new Promise<void>((resolve) => {
    const t = setTimeout(() => {
      timedOut = true;
      resolve();
    }, timeoutMs);
    void ended.then(() => clearTimeout(t));
  });
  await Promise.race([ended, timer]);

  if (timedOut) {
    const info = await exec.inspect().catch(() => null);
    if (info?.Pid) {
      try {
        process.kill(info.Pid, 'SIGKILL');
      } catch {
        /* it ended meanwhile */
      }
    }
    stream.destroy();
    take(text.flush());
    return { exitCode: EXEC_TIMEOUT_EXIT_CODE, output: `${output}exec timed out after ${timeoutMs} ms\n` };
  }
  take(text.flush());
  // The stream can end a moment before podman records the exit code.
  for (let i = 0; i < 100; i++) {
    const info = await exec.inspect();
    if (!info.Running && info.ExitCode !== null) return { exitCode: info.ExitCode, output };
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`exec in ${id}: podman did not report an exit code`);
}
