import { describe, expect, it } from 'vitest';
import { LABEL, toContainerStatus } from './container-status.ts';
import { LineSplitter, StreamDemuxer } from './log-lines.ts';
import { oomKilledContainerId } from './oom-log.ts';
import { podNetworkFor } from './pod-network.ts';
import { containersConf, hardLimits } from './service.ts';

const frame = (type: number, text: string) => {
  const payload = Buffer.from(text);
  const header = Buffer.alloc(8);
  header[0] = type;
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
};

describe('StreamDemuxer', () => {
  it('returns each frame payload, across chunk boundaries', () => {
    const d = new StreamDemuxer();
    const bytes = Buffer.concat([frame(1, 'hello\n'), frame(2, 'err\n')]);
    const out = [...d.push(bytes.subarray(0, 5)), ...d.push(bytes.subarray(5, 17)), ...d.push(bytes.subarray(17))];
    expect(out.map(String)).toEqual(['hello\n', 'err\n']);
  });

  it('passes a stream that is not multiplexed through as it is', () => {
    const d = new StreamDemuxer();
    expect(d.push(Buffer.from('plain tty output\n')).map(String)).toEqual(['plain tty output\n']);
    expect(d.push(Buffer.from('more')).map(String)).toEqual(['more']);
  });
});

describe('LineSplitter', () => {
  it('joins partial lines and keeps multi-byte characters whole', () => {
    const s = new LineSplitter();
    const euro = Buffer.from('€');
    expect(s.push(Buffer.concat([Buffer.from('a\nb'), euro.subarray(0, 1)]))).toEqual(['a\n']);
    expect(s.push(Buffer.concat([euro.subarray(1), Buffer.from('c\nd')]))).toEqual(['b€c\n']);
    expect(s.flush()).toEqual(['d']);
  });
});

describe('toContainerStatus', () => {
  const labels = { [LABEL.POD_UID]: 'u1', [LABEL.CONTAINER_NAME]: 'main', [LABEL.ATTEMPT]: '2', [LABEL.LOG_PATH]: '/l' };

  it('reports an exited container with its exit code, times and reason', () => {
    const s = toContainerStatus({
      Id: 'c1',
      Config: { Labels: labels },
      State: { Status: 'exited', ExitCode: 3, StartedAt: '2026-01-01T00:00:00.5Z', FinishedAt: '2026-01-01T00:00:02Z' },
    });
    expect(s).toEqual({
      id: 'c1', podUid: 'u1', name: 'main', attempt: 2, state: 'exited', logPath: '/l', exitCode: 3, reason: 'Error',
      startedAt: new Date('2026-01-01T00:00:00.5Z'), finishedAt: new Date('2026-01-01T00:00:02Z'),
    });
  });

  it('never reports a container finished before it started (podman can stamp a quick exit so)', () => {
    const s = toContainerStatus({
      Id: 'c2',
      Config: { Labels: labels },
      State: { Status: 'exited', ExitCode: 7, StartedAt: '2026-01-01T00:00:00.847123Z', FinishedAt: '2026-01-01T00:00:00.846901Z' },
    });
    expect(s.finishedAt).toEqual(s.startedAt);
  });

  it('says OOMKilled when podman does, and the signal behind 128+n exit codes', () => {
    const s = toContainerStatus({ Id: 'c', Config: { Labels: labels }, State: { Status: 'exited', ExitCode: 137, OOMKilled: true } });
    expect(s).toMatchObject({ reason: 'OOMKilled', exitCode: 137, signal: 9 });
  });

  it('leaves out Go zero times and reports a running pid', () => {
    const s = toContainerStatus({ Id: 'c', Config: { Labels: labels }, State: { Status: 'running', Pid: 42, StartedAt: '2026-01-01T00:00:00Z', FinishedAt: '0001-01-01T00:00:00Z' } });
    expect(s).toMatchObject({ state: 'running', pid: 42 });
    expect(s.finishedAt).toBeUndefined();
    expect(s.exitCode).toBeUndefined();
  });
});

describe('oomKilledContainerId', () => {
  const id = 'ca8d29f2083d179725d5bcbf9bd0155f333180a9e863ac7ba6759a3390839c9c';

  it("finds the container in the kernel's oom-kill record", () => {
    const record = `6,1234,1233344941,-;oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=libpod-${id},mems_allowed=0,oom_memcg=/libpod_parent/libpod-${id},task_memcg=/libpod_parent/x/libpod-${id},task=sh,pid=25818,uid=0\n`;
    expect(oomKilledContainerId(record)).toBe(id);
  });

  it('ignores other records', () => {
    expect(oomKilledContainerId('6,1,1,-;Memory cgroup out of memory: Killed process 25818 (sh)')).toBeNull();
    expect(oomKilledContainerId('6,1,1,-;oom-kill:constraint=CONSTRAINT_NONE,task_memcg=/user.slice,task=x')).toBeNull();
  });
});

describe('podNetworkFor', () => {
  it('derives the bridge network and address from the pod IP', () => {
    expect(podNetworkFor('127.64.3.7')).toEqual({ network: 'capstan-pod-127-64-3', subnet: '10.192.3.0/24', gateway: '10.192.3.1', address: '10.192.3.7' });
  });

  it("keeps every bridge of the default pod range 127.64.0.0/10 out of podman's default network 10.88.0.0/16", () => {
    for (let b = 64; b <= 127; b++) {
      for (const c of [0, 88, 255]) expect(podNetworkFor(`127.${b}.${c}.2`).subnet).not.toMatch(/^10\.88\./);
    }
    expect(podNetworkFor('127.88.88.2').subnet).toBe('10.216.88.0/24');
  });

  it('refuses addresses that are not pod loopback addresses', () => {
    expect(() => podNetworkFor('10.0.0.2')).toThrow(/not a loopback pod address/);
    expect(() => podNetworkFor('127.64.3.1')).toThrow();
  });
});

describe('containersConf', () => {
  it("keeps podman's default ulimits within this process' hard limits", () => {
    const limits = hardLimits(
      'Limit                     Soft Limit           Hard Limit           Units\nMax processes             96365                96365                processes\nMax open files            20000                20000                files\n',
    );
    expect(limits).toEqual({ nofile: 20000, nproc: 96365 });
    expect(containersConf(limits)).toContain('default_ulimits = ["nofile=20000:20000", "nproc=32768:32768"]');
    expect(containersConf({})).toContain('"nofile=1048576:1048576"');
  });
});
