/**
 * The kubectl-style commands, in the order `capstan --help` lists them. Each implementation is
 * imported only when its command runs.
 */
import type { Command } from '../command.ts';
import type { FlagSpec } from './args.ts';
import { ALL_NAMESPACES_FLAG, kubectlCommand } from './kubectl-command.ts';

const filename: FlagSpec = { name: 'filename', short: 'f', type: 'list', valueName: 'FILE', description: 'A manifest file, a directory of .yaml/.yml/.json files, or - for stdin (repeatable)' };
const recursive: FlagSpec = { name: 'recursive', short: 'R', type: 'boolean', description: 'Also read the directories inside a -f directory' };
const selector: FlagSpec = { name: 'selector', short: 'l', type: 'string', valueName: 'SELECTOR', description: 'Label selector, e.g. app=web,tier!=db or env in (a,b)' };
const fieldSelector: FlagSpec = { name: 'field-selector', type: 'string', valueName: 'SELECTOR', description: 'Field selector, e.g. status.phase=Running,spec.nodeName=n1' };
const dryRun: FlagSpec = { name: 'dry-run', type: 'optional', valueName: 'MODE', default: 'client', description: 'none, server (validated and reported by the server, nothing written) or client' };
const timeout: FlagSpec = { name: 'timeout', type: 'string', valueName: 'DURATION', description: 'Give up after this long (e.g. 30s, 5m); 0 waits forever' };

export const KUBECTL_COMMANDS: readonly Command[] = [
  kubectlCommand({
    name: 'apply',
    summary: 'Create or update objects from Kubernetes YAML (-f FILE|DIR|-)',
    usage: 'apply -f FILE|DIR|- [--dry-run=server|client]',
    examples: ['capstan apply -f web.yaml', 'capstan apply -f manifests/', 'cat web.yaml | capstan apply -f -'],
    flags: [filename, recursive, dryRun],
    load: async () => (await import('./commands/apply.ts')).apply,
  }),
  kubectlCommand({
    name: 'get',
    summary: 'List objects, or show some by name (-o wide|yaml|json|name, -w to watch)',
    usage: 'get KIND[,KIND…] [NAME…] [-l SELECTOR] [--field-selector SELECTOR] [-o FORMAT] [-w] [-A]',
    description:
      'Lists objects of a kind with kubectl\'s columns, or shows the named ones. Kinds: pods (po), deployments (deploy), replicasets (rs), services (svc), nodes (no), namespaces (ns), endpoints (ep), configmaps (cm), secrets, serviceaccounts (sa), events (ev), leases, jobs, cronjobs (cj), replicationcontrollers (rc), daemonsets (ds), statefulsets (sts), persistentvolumes (pv), persistentvolumeclaims (pvc), storageclasses (sc).',
    examples: ['capstan get pods', 'capstan get deploy web -o yaml', 'capstan get pods -l app=web -w', 'capstan get pods -A -o wide'],
    flags: [
      { name: 'output', short: 'o', type: 'string', valueName: 'FORMAT', description: 'wide, yaml, json or name' },
      selector,
      fieldSelector,
      ALL_NAMESPACES_FLAG,
      { name: 'watch', short: 'w', type: 'boolean', description: 'After listing, print changes as they happen (Ctrl-C to stop)' },
      { name: 'watch-only', type: 'boolean', description: 'Print changes only, without the list first' },
      { name: 'show-labels', type: 'boolean', description: 'A LABELS column' },
      { name: 'no-headers', type: 'boolean', description: 'No header row' },
    ],
    args: ['kind', 'names'],
    load: async () => (await import('./commands/get.ts')).get,
  }),
  kubectlCommand({
    name: 'describe',
    summary: 'Show an object in detail, with its events',
    usage: 'describe KIND NAME… | describe KIND -l SELECTOR',
    examples: ['capstan describe pod web-7d4b9c-x2k5q', 'capstan describe deployment web'],
    flags: [selector, ALL_NAMESPACES_FLAG],
    args: ['kind', 'names'],
    load: async () => (await import('./commands/describe.ts')).describe,
  }),
  kubectlCommand({
    name: 'delete',
    summary: 'Delete objects by name, by label or from manifests',
    usage: 'delete (-f FILE|DIR|- | KIND NAME… | KIND -l SELECTOR | KIND --all)',
    examples: ['capstan delete -f web.yaml', 'capstan delete pod web-1 web-2', 'capstan delete deploy -l app=web --cascade=foreground'],
    flags: [
      filename,
      recursive,
      selector,
      { name: 'all', type: 'boolean', description: 'Every object of the kind in the namespace' },
      { name: 'grace-period', type: 'string', valueName: 'SECONDS', description: 'Seconds a pod has to stop (-1: its own terminationGracePeriodSeconds)' },
      { name: 'cascade', type: 'string', valueName: 'MODE', description: 'background (default), foreground or orphan: what happens to dependents' },
      { name: 'ignore-not-found', type: 'boolean', description: 'Objects that do not exist are not an error' },
      { name: 'wait', type: 'boolean', description: 'Wait until the objects are gone (default true; --wait=false returns at once)' },
      timeout,
      dryRun,
    ],
    args: ['kind', 'names'],
    load: async () => (await import('./commands/delete.ts')).deleteCommand,
  }),
  kubectlCommand({
    name: 'create',
    summary: 'Create a namespace (create namespace NAME), a user token (create token --user NAME), a Job or a CronJob',
    usage: 'create namespace NAME [--dry-run=server|client]  |  create token --user NAME [--group G]… [--duration D]  |  create job NAME (--image IMG [-- COMMAND…] | --from=cronjob/NAME)  |  create cronjob NAME --image IMG --schedule SPEC [-- COMMAND…]',
    examples: ['capstan create namespace team-a', 'capstan create token --user jane --group devs --duration 24h', 'capstan create job once --from=cronjob/nightly', 'capstan create cronjob tick --image busybox --schedule "*/5 * * * *" -- sh -c date'],
    flags: [
      dryRun,
      { name: 'user', type: 'string', valueName: 'NAME', description: 'token: the user the token is for (admins only)' },
      { name: 'group', type: 'list', valueName: 'GROUP', description: 'token: a group of the user (repeatable)' },
      { name: 'duration', type: 'string', valueName: 'DURATION', description: 'token: how long it works (e.g. 1h, 30m; default and 0: forever)' },
      { name: 'image', type: 'string', valueName: 'IMAGE', description: 'job, cronjob: the container image' },
      { name: 'from', type: 'string', valueName: 'cronjob/NAME', description: 'job: run a CronJob now, from its job template' },
      { name: 'schedule', type: 'string', valueName: 'SPEC', description: 'cronjob: the cron schedule ("*/5 * * * *", @hourly)' },
    ],
    args: [['namespace', 'token', 'job', 'cronjob']],
    load: async () => (await import('./commands/create.ts')).create,
  }),
  kubectlCommand({
    name: 'auth',
    summary: 'Ask whether an action is allowed (auth can-i VERB RESOURCE)',
    usage: 'auth can-i VERB (TYPE | TYPE/NAME | NONRESOURCEURL) [-n NS | -A] [--subresource S] [--as USER [--as-group G]…] [-q]  |  auth can-i --list',
    description:
      "Asks the server whether you (or, for members of system:masters, --as USER) may do VERB on RESOURCE, as RBAC decides. Prints yes or no and exits 0 for yes, 1 for no, as kubectl does. --list prints every rule you hold in the namespace.",
    examples: ['capstan auth can-i create deployments -n team-a', 'capstan auth can-i get pods --subresource=log', 'capstan auth can-i list secrets --as system:serviceaccount:ci:builder -n ci', 'capstan auth can-i --list'],
    flags: [
      ALL_NAMESPACES_FLAG,
      { name: 'subresource', type: 'string', valueName: 'SUB', description: 'A sub-resource such as log, status or scale' },
      { name: 'as', type: 'string', valueName: 'USER', description: 'Ask for this user or service account instead (system:masters only)' },
      { name: 'as-group', type: 'list', valueName: 'GROUP', description: 'With --as: a group of that user (repeatable)' },
      { name: 'list', type: 'boolean', description: 'Every rule held in the namespace' },
      { name: 'quiet', short: 'q', type: 'boolean', description: 'Print nothing: only the exit code answers' },
    ],
    args: [['can-i'], ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'], 'kind'],
    load: async () => (await import('./commands/auth.ts')).auth,
  }),
  kubectlCommand({
    name: 'token',
    summary: 'List or revoke the bootstrap tokens node agents join with (admins only)',
    usage: 'token list  |  token revoke ID…',
    description:
      'Lists the bootstrap tokens (ID, time left, expiry, age, when last used, description; never the secret, which only its maker saw) or revokes some by ID at once: they join no more nodes, and nodes they joined keep their own credentials.',
    examples: ['capstan token list', 'capstan token revoke 3f0c2a9e-5d41-4c6b-9a8e-2b7f1c0d4e55'],
    flags: [],
    args: [['list', 'revoke']],
    load: async () => (await import('./commands/token.ts')).token,
  }),
  kubectlCommand({
    name: 'logs',
    summary: "Print a pod's container log (-f to follow, -l for many pods)",
    usage: 'logs POD [-c CONTAINER] [-f] [--tail N] [--since 5m] [--previous] | logs -l SELECTOR',
    examples: ['capstan logs web-7d4b9c-x2k5q', 'capstan logs -f -l app=web --tail 20', 'capstan logs deploy/web'],
    flags: [
      { name: 'container', short: 'c', type: 'string', valueName: 'NAME', description: 'The container (default: the only one, or the first with -l)' },
      { name: 'follow', short: 'f', type: 'boolean', description: 'Keep streaming new lines' },
      { name: 'tail', type: 'string', valueName: 'N', description: 'Only the last N lines (-1: all; default all for one pod, 10 per pod with -l)' },
      { name: 'since', type: 'string', valueName: 'DURATION', description: 'Only lines newer than this (e.g. 5m, 1h)' },
      { name: 'previous', short: 'p', type: 'boolean', description: "The previous run's log of a restarted container" },
      selector,
      { name: 'all-containers', type: 'boolean', description: 'Every container of the pod(s)' },
      { name: 'prefix', type: 'boolean', description: 'Prefix lines with [pod/NAME/CONTAINER] (default with -l)' },
      { name: 'max-log-requests', type: 'string', valueName: 'N', description: 'With -l, at most this many streams at once (default 5)' },
    ],
    args: ['pod'],
    load: async () => (await import('./commands/logs.ts')).logs,
  }),
  kubectlCommand({
    name: 'scale',
    summary: 'Set the replicas of a Deployment, ReplicaSet, ReplicationController or StatefulSet',
    usage: 'scale (deployment|replicaset|replicationcontroller|statefulset) NAME --replicas=N  |  scale deployment/NAME --replicas=N',
    flags: [
      { name: 'replicas', type: 'string', valueName: 'N', description: 'The new number of replicas' },
      { name: 'current-replicas', type: 'string', valueName: 'N', description: 'Precondition: only scale if the replicas are now N' },
      { name: 'resource-version', type: 'string', valueName: 'RV', description: 'Precondition: only scale if the object is at this resourceVersion' },
    ],
    args: ['kind', 'names'],
    load: async () => (await import('./commands/scale.ts')).scale,
  }),
  kubectlCommand({
    name: 'rollout',
    summary: 'rollout status|history|undo|restart of a Deployment',
    usage: 'rollout (status|history|undo|restart) deployment/NAME [--to-revision N] [--timeout D]',
    examples: ['capstan rollout status deployment/web', 'capstan rollout undo deployment/web --to-revision 1', 'capstan rollout restart deploy web'],
    flags: [
      { name: 'to-revision', type: 'string', valueName: 'N', description: 'undo: the revision to go back to (default: the previous one)' },
      { name: 'revision', type: 'string', valueName: 'N', description: "history: show this revision's pod template" },
      { name: 'watch', short: 'w', type: 'boolean', description: 'status: wait for the rollout to finish (default true)' },
      timeout,
    ],
    args: [['status', 'history', 'undo', 'restart'], 'kind', 'names'],
    load: async () => (await import('./commands/rollout.ts')).rollout,
  }),
  kubectlCommand({
    name: 'top',
    summary: 'top pods|nodes: measured cpu and memory usage (and, for nodes, what their pods request)',
    usage: 'top pods [NAME] [-l SELECTOR] [-A] [--containers] | top nodes [NAME] [-l SELECTOR]',
    description:
      'Usage as the node agents measured it over their last window (15 s by default): CPU in millicores, memory working set in Mi, like kubectl top. top nodes adds each node\'s share of its allocatable, and the cpu and memory its pods request.',
    examples: ['capstan top pods', 'capstan top pods -A --containers', 'capstan top nodes'],
    flags: [
      selector,
      ALL_NAMESPACES_FLAG,
      { name: 'containers', type: 'boolean', description: 'pods: a line per container' },
      { name: 'no-headers', type: 'boolean', description: 'No header row' },
    ],
    args: [['nodes', 'pods']],
    load: async () => (await import('./commands/top.ts')).top,
  }),
  kubectlCommand({
    name: 'history',
    summary: "An object's revisions from the event log, as a diff of its YAML",
    usage: 'history KIND NAME',
    examples: ['capstan history deployment web', 'capstan history pod/web-7d4b9c-x2k5q'],
    flags: [],
    args: ['kind', 'names'],
    load: async () => (await import('./commands/history.ts')).history,
  }),
];
