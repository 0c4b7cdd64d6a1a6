/**
 * `kubectl exec` and `kubectl attach` for the podman runtime, through the Docker-compatible exec
 * and attach APIs with hijacked connections: one socket carries stdin up and the multiplexed
 * stdout/stderr down (raw output with a tty). Ending stdin half-closes the socket, which podman
 * passes on as EOF. Aborting an exec kills its process (podman reports its host pid; the agent
 * runs as root on the same host); aborting an attach only detaches.
 */
import type Docker from 'dockerode';
import net from 'node:net';
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
  socket.resume();
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

/**
 * POST /containers/ID/attach as a raw upgraded connection. Not through dockerode: it sends the
 * options as a request body too (or, with stdin, a chunked body it never ends), and podman hands
 * whatever follows the request head to the container's stdin.
 */
async function hijackAttach(docker: Docker, id: string, stdin: boolean): Promise<Duplex> {
  const modem = docker.modem as unknown as { socketPath?: string; version?: string };
  if (!modem.socketPath) throw new Error('attach needs podman on a unix socket');
  const version = modem.version ? `/${modem.version}` : '';
  const path = `${version}/containers/${encodeURIComponent(id)}/attach?stream=1&stdout=1&stderr=1&stdin=${stdin ? 1 : 0}`;
  const socket = net.connect(modem.socketPath);
  socket.write(`POST ${path} HTTP/1.1\r\nHost: podman\r\nConnection: Upgrade\r\nUpgrade: tcp\r\nContent-Length: 0\r\n\r\n`);
  return new Promise((resolve, reject) => {
    let head = Buffer.alloc(0);
    const fail = (err: Error) => {
      socket.destroy();
      reject(err);
    };
    const onData = (chunk: Buffer) => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) {
        if (head.length > 64 * 1024) fail(new Error('podman sent an oversized response head to attach'));
        return;
      }
      socket.off('data', onData);
      socket.off('error', fail);
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head.subarray(0, end).toString('latin1'))?.[1]);
      if (status !== 101 && status !== 200) return fail(new Error(`podman refused to attach to container ${id}: HTTP ${status}`));
      const rest = head.subarray(end + 4);
      // Held until the caller reads: nothing may flow while no one listens.
      socket.pause();
      if (rest.length > 0) socket.unshift(rest);
      resolve(socket);
    };
    socket.on('data', onData);
    socket.once('error', fail);
  });
}

export async function attachToContainer(docker: Docker, id: string, opts: { stdin: boolean; signal: AbortSignal }): Promise<StreamSession> {
  const container = docker.getContainer(id);
  const info = await container.inspect();
  if (!info.State?.Running) throw new Error(`container ${id} is not running`);
  if (opts.stdin && !info.Config?.OpenStdin) throw new Error(`INVALID: the container was not created with stdin: true; attach without -i`);
  const tty = info.Config?.Tty === true;
  const socket = await hijackAttach(docker, id, opts.stdin);
  socket.on('error', () => {});
  const { stdout, stderr, ended } = split(socket, tty);
  const detach = () => socket.destroy();
  opts.signal.addEventListener('abort', detach, { once: true });
  const exited = ended.then(async () => {
    opts.signal.removeEventListener('abort', detach);
    // The stream ends a moment before podman records the container's exit.
    for (let i = 0; i < 100 && !opts.signal.aborted; i++) {
      const after = await container.inspect().catch(() => null);
      if (!after) return 0;
      if (!after.State?.Running) return after.State?.ExitCode ?? 0;
      await new Promise((r) => setTimeout(r, 20));
    }
    return 0;
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
