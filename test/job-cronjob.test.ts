/**
 * End to end with real processes: API server, workers and one node agent run Jobs whose pods are
 * host processes (`sh -c`). A Job of 3 completions with parallelism 2 runs to Complete; an
 * Indexed Job's pods get their index; a Job whose pods exit 1 hits its backoffLimit and becomes
 * Failed; a CronJob on `* * * * *` fires and keeps its history limit. The workers' CronJob clock
 * runs 30 times faster than real time (CAPSTAN_CRONJOB_CLOCK_RATE): a scheduled minute every 2 s.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from './harness.ts';
import { capstan } from './cli-run.ts';
import { listPods, startCluster, type Cluster } from './cluster.ts';

let cluster: Cluster;

beforeAll(async () => {
  cluster = await startCluster({ label: 'job-cronjob', workersEnv: { CAPSTAN_CRONJOB_CLOCK_RATE: '30' } });
}, 120_000);

afterAll(async () => {
  await cluster?.stop();
});

const JOB_FIELDS = `metadata { name labels ownerReferences { kind name } }
  spec { completions parallelism backoffLimit completionMode selector { matchLabels } }
  status { active succeeded failed ready startTime completionTime conditions { type status reason message } }`;

interface JobView {
  metadata: { name: string; labels: Record<string, string> | null; ownerReferences: { kind: string; name: string }[] | null };
  spec: { completions: number | null; parallelism: number | null; backoffLimit: number | null; completionMode: string | null; selector: { matchLabels: Record<string, string> } | null };
  status: {
    active: number | null;
    succeeded: number | null;
    failed: number | null;
    startTime: string | null;
    completionTime: string | null;
    conditions: { type: string; status: string; reason: string | null; message: string | null }[] | null;
  } | null;
}

async function getJob(name: string): Promise<JobView | null> {
  const { job } = await cluster.gql<{ job: JobView | null }>(`query($n: String!) { job(namespace: "default", name: $n) { ${JOB_FIELDS} } }`, { n: name });
  return job;
}

const hasCondition = (j: JobView | null, type: string) => !!j?.status?.conditions?.some((c) => c.type === type && c.status === 'True');

function jobInput(name: string, command: string, spec: Record<string, unknown>) {
  return {
    metadata: { name },
    spec: { ...spec, template: { spec: { restartPolicy: 'Never', terminationGracePeriodSeconds: 2, containers: [{ name: 'work', image: 'busybox', command: ['sh', '-c', command] }] } } },
  };
}

describe('Jobs on a real agent', () => {
  it('runs 3 completions, at most 2 pods at a time, to Complete', async () => {
    const created = await cluster.gql<{ createJob: JobView }>(`mutation($j: JobInput!) { createJob(namespace: "default", job: $j) { ${JOB_FIELDS} } }`, {
      j: jobInput('three', 'sleep 1; echo done', { completions: 3, parallelism: 2 }),
    });
    expect(created.createJob.spec).toMatchObject({ completions: 3, parallelism: 2, backoffLimit: 6, completionMode: 'NonIndexed' });
    expect(Object.keys(created.createJob.spec.selector!.matchLabels)).toEqual(['batch.kubernetes.io/controller-uid']);

    let mostActive = 0;
    const done = await waitFor('Job three to be Complete', async () => {
      const j = await getJob('three');
      const running = (await listPods(cluster, 'batch.kubernetes.io/job-name=three')).filter((p) => p.status?.phase === 'Running' && !p.metadata.deletionTimestamp);
      mostActive = Math.max(mostActive, running.length, j?.status?.active ?? 0);
      return hasCondition(j, 'Complete') && j;
    }, 60_000, 150);
    expect(done.status).toMatchObject({ succeeded: 3, failed: 0, active: 0 });
    expect(done.status!.completionTime).toBeTruthy();
    expect(hasCondition(done, 'SuccessCriteriaMet')).toBe(true);
    expect(mostActive).toBeGreaterThan(0);
    expect(mostActive).toBeLessThanOrEqual(2);

    const pods = await listPods(cluster, 'batch.kubernetes.io/job-name=three');
    expect(pods).toHaveLength(3);
    for (const p of pods) {
      expect(p.metadata.name).toMatch(/^three-[a-z0-9]{5}$/);
      expect(p.status!.phase).toBe('Succeeded');
      expect(p.status!.containerStatuses![0]!.state!.terminated!.exitCode).toBe(0);
    }
  }, 90_000);

  it('runs an Indexed Job: pods <job>-<index>-<random>, each with its JOB_COMPLETION_INDEX', async () => {
    // A pod without its index in the environment fails ([ "" -lt 3 ] is an error), and backoffLimit 0 fails the Job.
    await cluster.gql(`mutation($j: JobInput!) { createJob(namespace: "default", job: $j) { metadata { name } } }`, {
      j: jobInput('indexed', '[ "$JOB_COMPLETION_INDEX" -lt 3 ]', { completionMode: 'Indexed', completions: 3, parallelism: 3, backoffLimit: 0 }),
    });
    const done = await waitFor('Job indexed to finish', async () => {
      const { job } = await cluster.gql(`query { job(namespace: "default", name: "indexed") { status { succeeded failed completedIndexes conditions { type status } } } }`);
      return job.status?.conditions?.some((c: { type: string; status: string }) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True') && job;
    }, 60_000, 200);
    expect(done.status).toMatchObject({ succeeded: 3, failed: 0, completedIndexes: '0-2' });
    const pods = await listPods(cluster, 'batch.kubernetes.io/job-name=indexed');
    expect(pods.map((p) => p.metadata.name.replace(/-[a-z0-9]{5}$/, '')).sort()).toEqual(['indexed-0', 'indexed-1', 'indexed-2']);
    for (const p of pods) expect(p.metadata.labels?.['batch.kubernetes.io/job-completion-index']).toBe(p.metadata.name.split('-')[1]);
  }, 90_000);

  it('fails a Job whose pods exit 1 once failures pass backoffLimit', async () => {
    await cluster.gql(`mutation($j: JobInput!) { createJob(namespace: "default", job: $j) { metadata { name } } }`, {
      j: jobInput('broken', 'echo no; exit 1', { backoffLimit: 1 }),
    });
    // The second pod comes after Kubernetes' 10 s back-off.
    const failed = await waitFor('Job broken to be Failed', async () => {
      const j = await getJob('broken');
      return hasCondition(j, 'Failed') && j;
    }, 60_000, 250);
    const condition = failed.status!.conditions!.find((c) => c.type === 'Failed')!;
    expect(condition).toMatchObject({ reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' });
    expect(failed.status).toMatchObject({ failed: 2, succeeded: 0, active: 0 });
    expect(failed.status!.completionTime).toBeNull();
    const pods = await listPods(cluster, 'batch.kubernetes.io/job-name=broken');
    expect(pods.map((p) => p.status?.phase)).toEqual(['Failed', 'Failed']);
  }, 90_000);
});

describe('a CronJob on a real agent', () => {
  it('creates a Job per scheduled minute, named <cronjob>-<minutes>, and keeps successfulJobsHistoryLimit of them', async () => {
    await cluster.gql(`mutation($c: CronJobInput!) { createCronJob(namespace: "default", cronJob: $c) { metadata { name } } }`, {
      c: {
        metadata: { name: 'tick' },
        spec: {
          schedule: '* * * * *',
          successfulJobsHistoryLimit: 2,
          jobTemplate: { spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'tick', image: 'busybox', command: ['sh', '-c', 'echo tick'] }] } } } },
        },
      },
    });
    const seen = new Set<string>();
    const listJobs = async () => {
      const { jobs } = await cluster.gql<{ jobs: { items: JobView[] } }>(`query { jobs(namespace: "default") { items { ${JOB_FIELDS} } } }`);
      const mine = jobs.items.filter((j) => j.metadata.ownerReferences?.some((r) => r.kind === 'CronJob' && r.name === 'tick'));
      for (const j of mine) seen.add(j.metadata.name);
      return mine;
    };
    await waitFor('the CronJob to have run 4 Jobs, at least 3 to completion', async () => {
      const jobs = await listJobs();
      return seen.size >= 4 && jobs.filter((j) => hasCondition(j, 'Complete')).length >= 2 && seen;
    }, 60_000, 200);
    for (const name of seen) expect(name).toMatch(/^tick-\d{8,}$/);

    await cluster.gql(`mutation { patchCronJob(namespace: "default", name: "tick", patch: { spec: { suspend: true } }) { metadata { name } } }`);
    // Once suspended and its last Jobs done, the history is what the limit keeps.
    const finalJobs = await waitFor('the history to settle at 2 completed Jobs', async () => {
      const jobs = await listJobs();
      return jobs.length === 2 && jobs.every((j) => hasCondition(j, 'Complete')) && jobs;
    }, 60_000, 250);
    const newest = [...seen].sort().slice(-2);
    expect(finalJobs.map((j) => j.metadata.name).sort()).toEqual(newest);

    const { cronJob } = await cluster.gql(`query { cronJob(namespace: "default", name: "tick") { spec { suspend concurrencyPolicy } status { lastScheduleTime lastSuccessfulTime active { name } } } }`);
    expect(cronJob.spec).toEqual({ suspend: true, concurrencyPolicy: 'Allow' });
    expect(cronJob.status.lastScheduleTime).toMatch(/:00Z$/);
    expect(cronJob.status.lastSuccessfulTime).toBeTruthy();
    expect(cronJob.status.active).toBeNull();
    // The deleted Jobs' pods went with them.
    await waitFor('only the kept Jobs to have pods', async () => {
      const pods = await listPods(cluster);
      const owners = new Set(pods.map((p) => p.metadata.labels?.['batch.kubernetes.io/job-name']).filter((n) => n?.startsWith('tick-')));
      return [...owners].every((n) => newest.includes(n!));
    }, 30_000, 250);
  }, 120_000);

  it('runs a suspended CronJob once by hand with capstan create job --from, and shows both in kubectl columns', async () => {
    const target = { server: cluster.server.baseUrl, token: cluster.server.token };
    const created = await capstan(target, ['create', 'job', 'tick-by-hand', '--from=cronjob/tick']);
    expect(created.stderr).toBe('');
    expect(created.stdout).toBe('job.batch/tick-by-hand created\n');
    await waitFor('tick-by-hand to be Complete', async () => hasCondition(await getJob('tick-by-hand'), 'Complete'), 30_000, 200);
    const jobs = await capstan(target, ['get', 'jobs']);
    const lines = jobs.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^NAME\s+STATUS\s+COMPLETIONS\s+DURATION\s+AGE$/);
    expect(lines.find((l) => l.startsWith('tick-by-hand '))).toMatch(/^tick-by-hand\s+Complete\s+1\/1\s+\d+s\s+\d+s$/);
    expect(lines.find((l) => l.startsWith('broken '))).toMatch(/^broken\s+Failed\s+0\/1\s+/);
    const cj = await capstan(target, ['get', 'cj']);
    expect(cj.stdout).toMatch(/^NAME\s+SCHEDULE\s+TIMEZONE\s+SUSPEND\s+ACTIVE\s+LAST SCHEDULE\s+AGE\ntick\s+\* \* \* \* \*\s+<none>\s+True\s+0\s+\S+\s+\S+\n$/);
    const bad = await capstan(target, ['create', 'cronjob', 'bad', '--image', 'busybox', '--schedule', '61 * * * *']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('spec.schedule: Invalid value: "61 * * * *": end of range (61) above maximum (59)');
  }, 60_000);

  it('takes its Jobs and their pods along when the CronJob is deleted (gc through two levels of owners)', async () => {
    await cluster.gql(`mutation { deleteCronJob(namespace: "default", name: "tick") { metadata { name } } }`);
    await waitFor('the CronJob, its Jobs and their pods to be gone', async () => {
      const { jobs, cronJob } = await cluster.gql(`query { cronJob(namespace: "default", name: "tick") { metadata { name } } jobs(namespace: "default") { items { metadata { name } } } }`);
      const pods = (await listPods(cluster)).filter((p) => p.metadata.labels?.['batch.kubernetes.io/job-name']?.startsWith('tick-'));
      return !cronJob && !jobs.items.some((j: { metadata: { name: string } }) => j.metadata.name.startsWith('tick-')) && pods.length === 0;
    }, 30_000, 250);
  }, 60_000);
});
