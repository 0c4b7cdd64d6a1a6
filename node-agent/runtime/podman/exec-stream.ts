/**
 * `kubectl exec` and `kubectl attach` for the podman runtime, through the Docker-compatible exec
 * and attach APIs with hijacked connections: one socket carries stdin up and the multiplexed
 * stdout/stderr down (raw output with a tty). Ending stdin half-closes the socket, which podman
 * passes on as EOF. Aborting an exec kills its process (podman reports its host pid; the agent
 * runs as root on the same host); aborting an attach only detaches.
 */
import type Docker from 'dockerode';
import { PassThrough, type Duplex } from 'node:stream';
import type { StreamSession } from '../types.ts';

/** Splits the hijacked socket's output into stdout and stderr (or all to stdout with a tty). */
function split(socket: Duplex, tty: boolean): { stdout: PassThrough; stderr: PassThrough | null; ended: Promise<void> } {
  const stdout = new PassThrough();
  const stderr = tty ? null : new PassThrough();
  // Docker frames: type (1 stdout, 2 stderr), 3 zero bytes, big-endian length, payload.
  let pending: Buffer = Buffer.alloc(0);
  const onData = (chunk: Buffer) => {
    let ok = true;
    if (tty) ok = stdout.write(chunk);
    else {
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      while (pending.length >= 8) {
        const length = pending.readUInt32BE(4);
        if (pending.length < 8 + length) break;
        const target = pending[0] === 2 ? stderr! : stdout;
        ok = target.write(pending.subarray(8, 8 + length)) && ok;
        pending = pending.subarray(8 + length);
      }
    }
    // Backpressure: stop reading podman's socket until our reader catches up.
    if (!ok) {
      socket.pause();
      const resume = () => {
        if (stdout.writableNeedDrain || stderr?.writableNeedDrain) return;
        socket.resume();
      };
      stdout.once('drain', resume);
      stderr?.once('drain', resume);
    }
  };
  socket.on('data', onData);
  const ended = new Promise<void>((resolve) => {
    const done = () => {
      stdout.end();
      stderr?.end();
      resolve();
    };
    socket.once('end', done);
    socket.once('close', done);
    socket.once('error', done);
  });
  return { stdout, stderr, ended };
}

/** A writable stdin that forwards to the socket and half-closes it at the end. */
function stdinOf(socket: Duplex): PassThrough {
  const stdin = new PassThrough();
  stdin.pipe(socket, { end: false });
  stdin.on('end', () => {
    const s = socket as Duplex & { end(): void };
    // Half-close: podman reads EOF on the command's stdin, output keeps flowing down.
    s.end();
  });
  stdin.on('error', () => {});
  return stdin;
}

export async function execStreamInContainer(
  docker: Docker,
  id: string,
  opts: { command: string[]; stdin: boolean; tty: boolean; size?: { width: number; height: number }; signal: AbortSignal },
): Promise<StreamSession> {
  const exec = await docker.getContainer(id).exec({
    Cmd: opts.command,
    AttachStdin: opts.stdin,
    AttachStdout: true,
    AttachStderr: true,
    Tty: opts.tty,
    // [rows, columns]: the terminal's size from the start where the API honours it (podman 4.3
    // does not: there the resize right after the start sets it, a moment after the command began).
    ...(opts.tty && opts.size ? { ConsoleSize: [Math.floor(opts.size.height), Math.floor(opts.size.width)] } : {}),
  } as Docker.ExecCreateOptions);
  const socket = (await exec.start({ hijack: true, stdin: opts.stdin, Tty: opts.tty })) as Duplex;
  if (opts.tty && opts.size) void exec.resize({ w: Math.floor(opts.size.width), h: Math.floor(opts.size.height) }).catch(() => {});
  socket.on('error', () => {});
  const { stdout, stderr, ended } = split(socket, opts.tty);
  const kill = () => {
    void exec.inspect().then(
      (info) => {
        if (info.Running && info.Pid) {
          try {
            process.kill(info.Pid, 'SIGKILL');
          } catch {
            /* it ended meanwhile */
          }
        }
        socket.destroy();
      },
      () => socket.destroy(),
    );
  };
  opts.signal.addEventListener('abort', kill, { once: true });
  const exited = ended.then(async () => {
    opts.signal.removeEventListener('abort', kill);
    // The stream can end a moment before podman records the exit code.
    for (let i = 0; i < 100; i++) {
      const info = await exec.inspect().catch(() => null);
      if (!info) return 1;
      if (!info.Running && info.ExitCode !== null) return info.ExitCode;
      await new Promise((r) => setTimeout(r, 20));
    }
    return 1;
  });
  return {
    stdin: opts.stdin ? stdinOf(socket) : null,
    stdout,
    stderr,
    resize(width, height) {
      if (!opts.tty || !(width > 0) || !(height > 0)) return;
      void exec.resize({ w: Math.floor(width), h: Math.floor(height) }).catch(() => {});
    },
    exited,
  };
}

export async function attachToContainer(docker: Docker, id: string, opts: { stdin: boolean; signal: AbortSignal }): Promise<StreamSession> {
  const container = docker.getContainer(id);
  const info = await container.inspect();
  if (!info.State?.Running) throw new Error(`container ${id} is not running`);
  if (opts.stdin && !info.Config?.OpenStdin) throw new Error(`INVALID: the container was not created with stdin: true; attach without -i`);
  const tty = info.Config?.Tty === true;
  const socket = (await container.attach({ stream: true, stdin: opts.stdin, stdout: true, stderr: true, hijack: true })) as unknown as Duplex;
  socket.on('error', () => {});
  const { stdout, stderr, ended } = split(socket, tty);
  const detach = () => socket.destroy();
  opts.signal.addEventListener('abort', detach, { once: true });
  const exited = ended.then(async () => {
    opts.signal.removeEventListener('abort', detach);
    const after = await container.inspect().catch(() => null);
    return after?.State?.ExitCode ?? 0;
  });
  return {
    stdin: opts.stdin ? stdinOf(socket) : null,
    stdout,
    stderr,
    resize(width, height) {
      if (!tty || !(width > 0) || !(height > 0)) return;
      void container.resize({ w: Math.floor(width), h: Math.floor(height) }).catch(() => {});
    },
    exited,
  };
}
