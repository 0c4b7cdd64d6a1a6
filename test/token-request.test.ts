/**
 * TokenRequest through the real kubectl: `kubectl create token` gets a bound token from
 * `serviceaccounts/<name>/token`, and the token works (`kubectl auth whoami`) only for the API
 * server's audience.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import { waitFor } from './harness.ts';
import { startCluster, type Cluster } from './cluster.ts';
import { kubectlFor, kubectlInstalled, type Kubectl } from './kubectl.ts';

describe.skipIf(!kubectlInstalled())('kubectl create token', () => {
  let cluster: Cluster;
  let kubectl: Kubectl;

  beforeAll(async () => {
    cluster = await startCluster({ agents: 0, label: 'tokenreq' });
    kubectl = await kubectlFor(cluster.server);
    const r = await kubectl.run(['create', 'serviceaccount', 'builder']);
    expect(r.stderr).toBe('');
  }, 120_000);

  afterAll(async () => {
    kubectl?.cleanup();
    await cluster?.stop();
  });

  const whoami = async (token: string) => kubectl.run(['auth', 'whoami', '--kubeconfig', await kubectl.kubeconfigWithToken(token), '-o', 'jsonpath={.status.userInfo.username}']);

  it('issues a token of the asked lifetime that authenticates as the account', async () => {
    const r = await kubectl.run(['create', 'token', 'builder', '--duration', '10m']);
    expect(r.stderr).toBe('');
    const token = r.stdout.trim();
    const claims = decodeJwt(token);
    expect(claims.sub).toBe('system:serviceaccount:default:builder');
    expect(claims.exp! - claims.iat!).toBe(600);
    const me = await whoami(token);
    expect(me.stdout).toBe('system:serviceaccount:default:builder');
  });

  it('refuses a lifetime under ten minutes', async () => {
    const r = await kubectl.run(['create', 'token', 'builder', '--duration', '5m']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('may not specify a duration less than 10 minutes');
  });

  it('issues a token for another audience that the API server refuses', async () => {
    const r = await kubectl.run(['create', 'token', 'builder', '--audience', 'vault']);
    expect(r.stderr).toBe('');
    expect(decodeJwt(r.stdout.trim()).aud).toEqual(['vault']);
    const me = await whoami(r.stdout.trim());
    expect(me.code).not.toBe(0);
    expect(me.stderr).toMatch(/Unauthorized|must be logged in/);
  });

  it('binds a token to a pod, and the token dies with its pod', async () => {
    const run = await kubectl.run(['run', 'holder', '--image', 'busybox', '--overrides', '{"spec":{"serviceAccountName":"builder"}}', '--', 'sleep', '3600']);
    expect(run.code).toBe(0);
    const r = await kubectl.run(['create', 'token', 'builder', '--bound-object-kind', 'Pod', '--bound-object-name', 'holder']);
    expect(r.stderr).toBe('');
    const token = r.stdout.trim();
    expect((decodeJwt(token)['kubernetes.io'] as { pod: { name: string } }).pod.name).toBe('holder');
    expect((await whoami(token)).stdout).toBe('system:serviceaccount:default:builder');
    expect((await kubectl.run(['delete', 'pod', 'holder', '--wait=true'])).code).toBe(0);
    // Revocation follows the authentication caches: within about 5 s.
    await waitFor('the pod-bound token to stop working', async () => (await whoami(token)).code !== 0, 20_000, 500);
  });

  it('issues the same tokens through the GraphQL mutation', async () => {
    const r = await cluster.gql<{ createServiceAccountToken: { token: string; audiences: string[]; expirationSeconds: number } }>(
      'mutation { createServiceAccountToken(namespace: "default", name: "builder", audiences: ["vault"], expirationSeconds: 600) { token audiences expirationSeconds } }',
    );
    expect(r.createServiceAccountToken).toMatchObject({ audiences: ['vault'], expirationSeconds: 600 });
    expect(decodeJwt(r.createServiceAccountToken.token).sub).toBe('system:serviceaccount:default:builder');
  });
});
