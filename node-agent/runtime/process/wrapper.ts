/**
 * How a container process is started so that it outlives the agent and still reports its exit.
 *
 * The agent spawns `/bin/sh` detached (a new session, so the wrapper leads the container's process
 * group) with stdout/stderr opened O_APPEND on the log file: no pipe to the agent, so the agent
 * may die and restart while the container keeps running and logging. The wrapper
 *  1. joins the container's cgroups (before the command runs, so every descendant is in them);
 *  2. sets a TERM handler that passes one SIGTERM on to the whole process group, once the command's
 *     process can no longer lose it (a *handler*, not `trap '' TERM`, which the command would
 *     inherit as ignored). The agent signals the wrapper only. A forked child keeps the wrapper's
 *     handler until the shell resets its traps, and a TERM caught there is dropped when it execs:
 *     a stop just after a start then waited out the whole grace period. So the child first tells
 *     the wrapper (SIGUSR1) that its traps are reset, and only then execs the command; the
 *     wrapper sends the group its TERM once both the stop and that word have come, in either
 *     order. The child dies of a TERM that reaches it before the exec, the command gets one that
 *     comes after: one TERM, never lost, never doubled. Later USR1s are ignored (before, one sent
 *     to the container's group killed the wrapper);
 *  3. runs the command as a background job and waits for it. Its stdin is the wrapper's own
 *     (saved as fd 3 first: a background job's stdin would otherwise be /dev/null): /dev/null, or
 *     the container's stdin FIFO (spec `stdin: true`).
 *     A non-interactive shell starts background jobs with SIGINT and SIGQUIT ignored, so the
 *     command goes through `env --default-signal=INT,QUIT` where that exists (coreutils ≥ 8.31);
 *     Once the command is forked (it keeps its own OOM score), the wrapper makes itself the OOM
 *     killer's last choice, so that it survives to record the command's end.
 *     A wait that a trap cuts short returns 128+signal: while the command lives it is resumed;
 *     once it ended, a second wait gives its status (dash repeats a reported status, bash as sh
 *     forgets the job and says 127: the first status was the real one). The child's USR1 comes
 *     before the command runs, so a wait it cut short reported nothing, and its 127 is real;
 *  4. writes the exit status (128+n for signal n) to a file in the container's state folder;
 *  5. kills what is left of the group (processes a container left behind die with it, as in a
 *     Kubernetes container), itself included.
 * Only shell builtins are used, so the container's own PATH does not matter.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';

const CONTAINER_SCRIPT = `IFS=' '
exec 3<&0
e=$1; g=$2; shift 2
for p in $g; do echo $$ > "$p" || exit 125; done
t=; a=; f=
trap 't=1; if [ -n "$a" ] && [ -z "$f" ]; then f=1; kill -TERM 0 2>/dev/null; fi' TERM
trap 'a=1; k=1; trap "" USR1; if [ -n "$t" ] && [ -z "$f" ]; then f=1; kill -TERM 0 2>/dev/null; fi' USR1
{ kill -USR1 $$; exec "$@"; } <&3 3<&- &
c=$!
echo -998 > /proc/$$/oom_score_adj 2>/dev/null
while :; do
  k=; wait "$c" 2>/dev/null; s=$?
  [ "$s" -le 128 ] && break
  kill -0 "$c" 2>/dev/null && continue
  wait "$c" 2>/dev/null; r=$?
  { [ "$r" -ne 127 ] || [ -n "$k" ]; } && s=$r
  break
done
echo $s > "$e"
trap - TERM
kill -KILL 0
exit $s`;

const EXEC_SCRIPT = `IFS=' '
g=$1; shift
for p in $g; do echo $$ > "$p" || exit 125; done
exec "$@"`;

/** Exit status the wrapper uses when it cannot join the container's cgroups. */
export const CGROUP_JOIN_FAILED = 125;

export interface WrappedStart {
  /** Absolute path of the program, then its arguments. */
  argv: string[];
  env: Record<string, string>;
  cwd: string;
  logPath: string;
  exitFile: string;
  /** `cgroup.procs` files to join first. */
  cgroupProcs: string[];
  /** A FIFO to give the container as its stdin (spec `stdin: true`), opened read-write so it never ends. */
  stdinPath?: string;
  /** A command line that execs the wrapper (`/bin/sh` and its arguments follow), e.g. a mount namespace's (see mount-namespace.ts). */
  prefix?: string[];
}

let signalReset: string[] | undefined;

/** `env --default-signal=INT,QUIT` when this host's env has it (checked once), else nothing. */
export function signalResetPrefix(): string[] {
  if (signalReset === undefined) {
    const probe = spawnSync('/usr/bin/env', ['--default-signal=INT,QUIT', 'true'], { stdio: 'ignore' });
    signalReset = probe.status === 0 ? ['/usr/bin/env', '--default-signal=INT,QUIT'] : [];
  }
  return signalReset;
}

/** Starts a container's process; the caller reads `pid` and may drop the handle at any time. */
export function spawnContainer(start: WrappedStart): ChildProcess {
  const fd = openSync(start.logPath, 'a', 0o640);
  // Read-write: opening never blocks, and the container never reads an end of file when a
  // writer (an attach) goes away.
  const input = start.stdinPath ? openSync(start.stdinPath, 'r+') : 'ignore';
  try {
    const [program, ...before] = [...(start.prefix ?? []), '/bin/sh'];
    const child = spawn(
      program!,
      [...before, '-c', CONTAINER_SCRIPT, 'capstan-container', start.exitFile, start.cgroupProcs.join(' '), ...signalResetPrefix(), ...start.argv],
      { detached: true, stdio: [input, fd, fd], env: start.env, cwd: start.cwd },
    );
    child.unref();
    return child;
  } finally {
    closeSync(fd);
    if (typeof input === 'number') closeSync(input);
  }
}

/** Starts an exec'd command (probes) in the container's cgroups, in a process group of its own. */
export function spawnExec(argv: string[], env: Record<string, string>, cwd: string, cgroupProcs: string[]): ChildProcess {
  return spawn('/bin/sh', ['-c', EXEC_SCRIPT, 'capstan-exec', cgroupProcs.join(' '), ...argv], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
    cwd,
  });
}

/**
 * Starts an interactive exec (`kubectl exec`) in the container's cgroups, in a process group of
 * its own, with pipes for stdout and stderr and, when asked, stdin.
 */
export function spawnExecStreams(argv: string[], env: Record<string, string>, cwd: string, cgroupProcs: string[], stdin: boolean): ChildProcess {
  return spawn('/bin/sh', ['-c', EXEC_SCRIPT, 'capstan-exec', cgroupProcs.join(' '), ...argv], {
    detached: true,
    stdio: [stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    env,
    cwd,
  });
}
