/**
 * Which containers the kernel's OOM killer hit, read from the kernel log (/dev/kmsg), as
 * cAdvisor does for the kubelet. Needed because podman 4.3 with conmon on these hosts' hybrid
 * cgroup v1 never sets State.OOMKilled: a container killed by its memory limit reports only 137.
 *
 * The kernel writes `oom-kill:constraint=CONSTRAINT_MEMCG,…,task_memcg=/libpod_parent/libpod-<id>,…`.
 * The device is opened non-blocking and drained on demand, so no thread waits on it.
 */
import { closeSync, constants, openSync, readSync } from 'node:fs';

const MAX_REMEMBERED = 10_000;

/** The 64-hex container id in an `oom-kill:` record's task_memcg, if it is one. */
export function oomKilledContainerId(record: string): string | null {
  const message = record.slice(record.indexOf(';') + 1);
  if (!message.startsWith('oom-kill:')) return null;
  const memcg = /task_memcg=([^,\s]*)/.exec(message)?.[1] ?? '';
  return /([0-9a-f]{64})(?:\.scope)?$/.exec(memcg)?.[1] ?? null;
}

export class OomLog {
  private fd: number | null = null;
  private readonly killed = new Set<string>();
  private readonly buffer = Buffer.alloc(8192);

  /** Opens /dev/kmsg; false (and OOM kills go unseen) where it cannot be read, e.g. not root. */
  open(): boolean {
    try {
      this.fd = openSync('/dev/kmsg', constants.O_RDONLY | constants.O_NONBLOCK);
    } catch {
      this.fd = null;
      return false;
    }
    this.drain();
    return true;
  }

  /** Whether the kernel log says the OOM killer killed a process of this container. */
  wasOomKilled(containerId: string): boolean {
    this.drain();
    return this.killed.has(containerId);
  }

  /** Reads every record written since the last call (each read returns one record). */
  private drain(): void {
    if (this.fd === null) return;
    for (;;) {
      let n: number;
      try {
        n = readSync(this.fd, this.buffer, 0, this.buffer.length, null);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') continue; // records were overwritten before we read them: go on
        if (code !== 'EAGAIN') this.close();
        return;
      }
      if (n <= 0) return;
      const id = oomKilledContainerId(this.buffer.toString('utf8', 0, n));
      if (id) {
        if (this.killed.size >= MAX_REMEMBERED) this.killed.delete(this.killed.values().next().value!);
        this.killed.add(id);
      }
    }
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}
