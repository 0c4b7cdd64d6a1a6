/**
 * Running a container's processes as another user (securityContext, or the pod's own identity:
 * node-agent/pod-identity.ts): util-linux's `setpriv` changes the real and effective uid and gid
 * and the supplementary groups, then execs the command. Leaving uid 0 drops every capability (no
 * keep-caps), so the command is an ordinary unprivileged process. The wrapper stays root: it joins
 * the cgroups and records the exit status before and after the command, as before.
 */
import { accessSync, constants } from 'node:fs';
import type { ContainerConfig } from '../types.ts';

let setpriv: string | null | undefined;

function setprivPath(): string | null {
  if (setpriv === undefined) {
    setpriv = null;
    for (const p of ['/usr/bin/setpriv', '/bin/setpriv', '/usr/sbin/setpriv', '/sbin/setpriv']) {
      try {
        accessSync(p, constants.X_OK);
        setpriv = p;
        break;
      } catch {
        // next
      }
    }
  }
  return setpriv;
}

/**
 * The command line that runs the rest as `config.user` (empty when it names nobody), or why it
 * cannot: switching users needs a root agent and setpriv.
 */
export function runAsPrefix(config: Pick<ContainerConfig, 'user' | 'noNewPrivileges'>): string[] | { error: string } {
  const user = config.user;
  const noNewPrivs = config.noNewPrivileges ? ['--no-new-privs'] : [];
  if (!user || (user.uid === undefined && user.gid === undefined && user.groups.length === 0)) {
    if (!noNewPrivs.length) return [];
  }
  const tool = setprivPath();
  if (!tool) return { error: 'securityContext needs util-linux setpriv on the node (the process runtime switches users with it)' };
  const args = [tool, ...noNewPrivs];
  if (user && (user.uid !== undefined || user.gid !== undefined || user.groups.length > 0)) {
    if (process.getuid?.() !== 0) return { error: 'running a container as another user (securityContext, or the pod’s own user) needs the agent to run as root' };
    if (user.uid !== undefined) args.push(`--reuid=${user.uid}`);
    if (user.gid !== undefined) args.push(`--regid=${user.gid}`);
    args.push(user.groups.length ? `--groups=${user.groups.join(',')}` : '--clear-groups');
  }
  return [...args, '--'];
}
