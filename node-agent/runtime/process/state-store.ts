/**
 * What the process runtime persists so that a restarted agent re-adopts its pods: one JSON per
 * sandbox and one folder per container (its JSON, the wrapper's exit-code file, log marks).
 * Writes are atomic (temporary file, then rename) and synchronous: they are small and rare, and
 * no two updates of one record can interleave. Folders are 0700: records hold containers' env.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ContainerConfig, ContainerRuntimeState, ContainerStatus, SandboxConfig } from '../types.ts';
import type { CgroupSet } from '../cgroups.ts';

export interface SandboxRecord {
  config: SandboxConfig;
  cgroups?: CgroupSet;
  createdAt: string;
}

export interface ContainerRecord {
  id: string;
  podUid: string;
  config: ContainerConfig;
  /** Resolved at creation: the config's, else the pod's folder. */
  workingDir: string;
  state: ContainerRuntimeState;
  /** The wrapper's pid, which is also the container's process group. */
  pid?: number;
  /** /proc/<pid>/stat start time, so a reused pid is never mistaken for the container. */
  pidStartTime?: number;
  startedAt?: string;
  finishedAt?: string;
  exitCode?: number;
  signal?: number;
  reason?: string;
  message?: string;
  cgroups?: CgroupSet;
  /** Mount points made on the node for this container's volumes, removed with it (see mount-namespace.ts). */
  nodeMountPoints?: string[];
}

/** What the runtime interface reports for a record. */
export function containerStatusOf(r: ContainerRecord): ContainerStatus {
  return {
    id: r.id,
    podUid: r.podUid,
    name: r.config.name,
    attempt: r.config.attempt,
    state: r.state,
    pid: r.state === 'running' ? r.pid : undefined,
    startedAt: r.startedAt ? new Date(r.startedAt) : undefined,
    finishedAt: r.finishedAt ? new Date(r.finishedAt) : undefined,
    exitCode: r.exitCode,
    signal: r.signal,
    reason: r.reason,
    message: r.message,
    logPath: r.config.logPath,
  };
}

function writeJson(file: string, value: unknown): void {
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, JSON.stringify(value), { mode: 0o600 });
  renameSync(tmp, file);
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

export class StateStore {
  private readonly sandboxesDir: string;
  private readonly containersDir: string;

  constructor(readonly stateDir: string) {
    this.sandboxesDir = path.join(stateDir, 'sandboxes');
    this.containersDir = path.join(stateDir, 'containers');
    mkdirSync(this.sandboxesDir, { recursive: true, mode: 0o700 });
    mkdirSync(this.containersDir, { recursive: true, mode: 0o700 });
  }

  containerDir(id: string): string {
    return path.join(this.containersDir, id);
  }

  exitFile(id: string): string {
    return path.join(this.containerDir(id), 'exit');
  }

  saveSandbox(record: SandboxRecord): void {
    writeJson(path.join(this.sandboxesDir, `${record.config.uid}.json`), record);
  }

  deleteSandbox(uid: string): void {
    rmSync(path.join(this.sandboxesDir, `${uid}.json`), { force: true });
  }

  loadSandboxes(): SandboxRecord[] {
    return readdirSync(this.sandboxesDir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => readJson<SandboxRecord>(path.join(this.sandboxesDir, f)))
      .filter((r): r is SandboxRecord => r !== null);
  }

  saveContainer(record: ContainerRecord): void {
    mkdirSync(this.containerDir(record.id), { recursive: true, mode: 0o700 });
    writeJson(path.join(this.containerDir(record.id), 'container.json'), record);
  }

  deleteContainer(id: string): void {
    rmSync(this.containerDir(id), { recursive: true, force: true });
  }

  loadContainers(): ContainerRecord[] {
    return readdirSync(this.containersDir)
      .map((id) => readJson<ContainerRecord>(path.join(this.containerDir(id), 'container.json')))
      .filter((r): r is ContainerRecord => r !== null);
  }
}
