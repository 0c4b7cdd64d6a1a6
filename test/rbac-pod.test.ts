/**
 * RBAC from inside a pod, end to end with a real agent and workers: a pod reads the
 * service-account token the agent mounted (the file Kubernetes puts at
 * /var/run/secrets/kubernetes.io/serviceaccount/token) and calls the API server with it; what it
 * may do is what its account's RoleBinding grants.
 */
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { listPods, startCluster, type Cluster } from './cluster.ts';
import { waitFor } from './harness.ts';

const G = 'rbac.authorization.k8s.io';
let cluster: Cluster;

/** A container's whole log, through the API. */
async function readLogs(namespace: string, name: string): Promise<string> {
  const client = createClient({ url: cluster.server.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${cluster.server.token}` }, retryAttempts: 0 });
  try {
    return await new Promise<string>((resolve, reject) => {
      let text = '';
      client.subscribe<{ podLogs: { data: string } }>(
        { query: 'subscription($ns: String!, $n: String!) { podLogs(namespace: $ns, name: $n) { data } }', variables: { ns: namespace, n: name } },
        {
          next: (r) => {
            if (r.errors?.length) reject(new Error(r.errors[0]!.message));
            else text += r.data?.podLogs.data ?? '';
          },
          error: (e) => reject(e instanceof Error ? e : new Error(JSON.stringify(e))),
          complete: () => resolve(text),
        },
      );
    });
  } finally {
    await client.dispose();
  }
}

/** What the pod runs: three requests with its mounted token, the answers' codes printed as JSON. */
const SCRIPT = `
const fs = require('fs');
const token = fs.readFileSync(process.env.CAPSTAN_SERVICE_ACCOUNT_TOKEN_FILE, 'utf8').trim();
async function code(query) {
  const r = await fetch(process.env.API_URL, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token }, body: JSON.stringify({ query }) });
  const body = await r.json();
  return body.errors ? body.errors[0].extensions.code : 'OK';
}
(async () => {
  const own = await code('{ pods(namespace: "apps") { items { metadata { name } } } }');
  const other = await code('{ pods(namespace: "default") { items { metadata { name } } } }');
  const secrets = await code('{ secrets(namespace: "apps") { items { metadata { name } } } }');
  const who = await fetch(process.env.API_URL, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token }, body: JSON.stringify({ query: '{ authorizedActions { user } }' }) }).then((r) => r.json());
  console.log(JSON.stringify({ own, other, secrets, user: who.data && who.data.authorizedActions.user }));
})();
`;

beforeAll(async () => {
  cluster = await startCluster({ agents: 1, label: 'rbac-pod' });
  await cluster.gql('mutation { createNamespace(namespace: { metadata: { name: "apps" } }) { metadata { name } } }');
  await cluster.gql('mutation { createServiceAccount(namespace: "apps", serviceAccount: { metadata: { name: "lister" } }) { metadata { name } } }');
  await cluster.gql(`mutation($r: RoleInput!, $b: RoleBindingInput!) {
    createRole(namespace: "apps", role: $r) { metadata { name } }
    createRoleBinding(namespace: "apps", roleBinding: $b) { metadata { name } } }`, {
    r: { metadata: { name: 'pod-lister' }, rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['list'] }] },
    b: { metadata: { name: 'lister' }, roleRef: { apiGroup: G, kind: 'Role', name: 'pod-lister' }, subjects: [{ kind: 'ServiceAccount', name: 'lister' }] },
  });
  // The token controller makes the account's token Secret; the agent mounts it.
  await waitFor('the service account token', async () => {
    const { secrets } = await cluster.gql('query { secrets(namespace: "apps") { items { type metadata { annotations } } } }');
    return secrets.items.some((s: any) => s.type === 'kubernetes.io/service-account-token' && s.metadata.annotations?.['kubernetes.io/service-account.name'] === 'lister');
  }, 30_000, 200);
}, 180_000);

afterAll(async () => {
  await cluster?.stop();
});

describe('a pod with its mounted service-account token', () => {
  it('may list pods in its namespace (its RoleBinding), not in another, and not secrets', async () => {
    await cluster.gql('mutation($p: PodInput!) { createPod(namespace: "apps", pod: $p) { metadata { name } } }', {
      p: {
        metadata: { name: 'asks', labels: { test: 'asks' } },
        spec: {
          serviceAccountName: 'lister',
          restartPolicy: 'Never',
          terminationGracePeriodSeconds: 1,
          containers: [{ name: 'main', image: 'node', command: ['node', '-e', SCRIPT], env: [{ name: 'API_URL', value: cluster.server.url }] }],
        },
      },
    });
    const pod = await waitFor('the pod to finish', async () => {
      const [p] = (await listPods(cluster, 'test=asks', 'apps')) ?? [];
      return (p?.status?.phase === 'Succeeded' || p?.status?.phase === 'Failed') && p;
    }, 90_000, 200);
    const log = await readLogs('apps', 'asks');
    expect(pod.status?.phase, log).toBe('Succeeded');
    expect(JSON.parse(log.trim().split('\n').pop()!)).toEqual({ own: 'OK', other: 'FORBIDDEN', secrets: 'FORBIDDEN', user: 'system:serviceaccount:apps:lister' });
  }, 120_000);
});
