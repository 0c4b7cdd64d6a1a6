/**
 * Service accounts end to end: the serviceaccount and token controllers run as real workers
 * (Postgres, Redis), the API server as its own process; a token works as its account's identity
 * until its Secret or its account is gone, and a token signed by another key never works.
 */
import { decodeJwt, decodeProtectedHeader, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSigningKey, SIGNING_KEY_NAMESPACE, SIGNING_KEY_SECRET } from '../server/auth/signing-key.ts';
import { createLogger } from '../server/logger.ts';
import type { KObject } from '../server/kinds/types.ts';
import { Store } from '../server/store/store.ts';
import { startWorkers, type RunningWorkers } from '../workers/main.ts';
import { serviceAccountController } from '../workers/controllers/serviceaccount.ts';
import { tokenController } from '../workers/controllers/token.ts';
import { createTestDatabase, REDIS_URL, redisPrefix, startServerProcess, type ServerProcess, type TestDatabase, waitFor } from './harness.ts';

const log = createLogger({ level: 'silent' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));


describe('the signing key', () => {
  let db: TestDatabase;
  let store: Store;
  beforeAll(async () => {
    db = await createTestDatabase('sa_signing_key');
    store = await Store.open({ databaseUrl: db.url, poolSize: 4 });
  });
  afterAll(async () => {
    await store?.close();
    await db?.drop();
  });

  it('is made once even when several processes ask at the same time, in kube-system', async () => {
    const keys = await Promise.all([1, 2, 3, 4].map(() => ensureSigningKey(store)));
    expect(new Set(keys.map((k) => k.kid)).size).toBe(1);
    const secret = await store.get('Secret', SIGNING_KEY_NAMESPACE, SIGNING_KEY_SECRET);
    expect(secret).toMatchObject({ type: 'capstan.io/signing-key', immutable: true });
    expect((await ensureSigningKey(store)).kid).toBe(keys[0]!.kid);
  });
});

describe('service accounts and their tokens', () => {
  let db: TestDatabase;
  let store: Store;
  let workers: RunningWorkers;
  let server: ServerProcess;

  beforeAll(async () => {
    db = await createTestDatabase('serviceaccount');
    store = await Store.open({ databaseUrl: db.url, poolSize: 4 });
    [workers, server] = await Promise.all([
      startWorkers({
        databaseUrl: db.url,
        redisUrl: REDIS_URL,
        registry: new Map([
          [serviceAccountController.name, serviceAccountController],
          [tokenController.name, tokenController],
        ]),
        worker: { prefix: redisPrefix('serviceaccount'), lockDurationMs: 5_000, stalledIntervalMs: 2_000 },
        dispatcher: { leaseDurationSeconds: 2, pollIntervalMs: 100 },
        log,
      }),
      startServerProcess(db.url),
    ]);
  });

  afterAll(async () => {
    await workers?.stop();
    await server?.stop();
    await store?.close();
    await db?.drop();
  });

  /** The account, once it lists a token Secret that exists and holds a token. */
  async function accountWithToken(namespace: string, name = 'default', not?: string): Promise<{ sa: KObject; secret: KObject; token: string }> {
    return waitFor(`a token for ${namespace}/${name}`, async () => {
      const sa = await store.get('ServiceAccount', namespace, name);
      const ref: string | undefined = sa?.secrets?.[0]?.name;
      if (!sa || !ref || sa.secrets.length !== 1 || ref === not) return null;
      const secret = await store.get('Secret', namespace, ref);
      if (!secret?.data?.token) return null;
      return { sa, secret, token: Buffer.from(secret.data.token, 'base64').toString('utf8') };
    });
  }

  /** The error code of a query made with `token` (null when it succeeded), and its message. */
  async function ask(token: string): Promise<{ code: string | null; message: string }> {
    const r = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ namespaces { items { metadata { name } } } }' }),
    });
    const body = (await r.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
    const e = body.errors?.[0];
    return { code: e ? (e.extensions?.code ?? 'UNKNOWN') : null, message: e?.message ?? '' };
  }

  /** The server's caches (recognised tokens, account lookups) hold a revoked token for ~13 s at most. */
  const rejected = (token: string) => waitFor('the token to be rejected', async () => (await ask(token)).code === 'UNAUTHENTICATED', 25_000);

  it('gives every namespace a default account with a token Secret', async () => {
    await store.create('Namespace', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team-a' } });
    for (const ns of ['default', 'team-a']) {
      const { sa, secret, token } = await accountWithToken(ns);
      expect(secret.metadata.name).toMatch(/^default-token-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
      expect(secret.type).toBe('kubernetes.io/service-account-token');
      expect(secret.metadata.annotations).toMatchObject({
        'kubernetes.io/service-account.name': 'default',
        'kubernetes.io/service-account.uid': sa.metadata.uid,
      });
      expect(secret.metadata.ownerReferences).toEqual([{ apiVersion: 'v1', kind: 'ServiceAccount', name: 'default', uid: sa.metadata.uid }]);
      expect(Buffer.from(secret.data.namespace, 'base64').toString()).toBe(ns);
      const claims = decodeJwt(token);
      expect(claims).toMatchObject({
        iss: 'capstan',
        sub: `system:serviceaccount:${ns}:default`,
        'kubernetes.io/serviceaccount/namespace': ns,
        'kubernetes.io/serviceaccount/service-account.name': 'default',
        'kubernetes.io/serviceaccount/service-account.uid': sa.metadata.uid,
        'kubernetes.io/serviceaccount/secret.name': secret.metadata.name,
      });
      expect(claims.exp).toBeUndefined();
    }
  });

  it('makes the default account again when it is deleted, with a new uid', async () => {
    const before = await accountWithToken('team-a');
    await store.delete('ServiceAccount', 'team-a', 'default');
    const after = await accountWithToken('team-a', 'default', before.secret.metadata.name);
    expect(after.sa.metadata.uid).not.toBe(before.sa.metadata.uid);
    // The old account's Secret goes with it.
    await waitFor('the old token Secret to go', async () => !(await store.get('Secret', 'team-a', before.secret.metadata.name)));
  });

  it('accepts a token as its account: the request is FORBIDDEN for that identity, not UNAUTHENTICATED', async () => {
    const { token } = await accountWithToken('team-a');
    const { code, message } = await ask(token);
    expect(code).toBe('FORBIDDEN');
    expect(message).toContain('system:serviceaccount:team-a:default');
  });

  it('replaces a deleted token Secret, and the deleted one’s token stops working', async () => {
    const before = await accountWithToken('team-a');
    expect((await ask(before.token)).code).toBe('FORBIDDEN');
    await store.delete('Secret', 'team-a', before.secret.metadata.name);
    const after = await accountWithToken('team-a', 'default', before.secret.metadata.name);
    expect(after.secret.metadata.name).not.toBe(before.secret.metadata.name);
    expect(after.sa.secrets).toEqual([{ name: after.secret.metadata.name }]);
    await rejected(before.token);
    expect((await ask(after.token)).code).toBe('FORBIDDEN');
  });

  it('rejects a token once its account is deleted and made again (a new uid)', async () => {
    const before = await accountWithToken('team-a');
    expect((await ask(before.token)).code).toBe('FORBIDDEN');
    await store.delete('ServiceAccount', 'team-a', 'default');
    const after = await accountWithToken('team-a', 'default', before.secret.metadata.name);
    expect(after.sa.metadata.uid).not.toBe(before.sa.metadata.uid);
    await rejected(before.token);
    expect((await ask(after.token)).code).toBe('FORBIDDEN');
  });

  it('rejects a token signed with another key, even with the right kid and claims', async () => {
    const { token } = await accountWithToken('team-a');
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT(decodeJwt(token)).setProtectedHeader(decodeProtectedHeader(token) as { alg: string }).sign(privateKey);
    expect(forged).not.toBe(token);
    expect(await ask(forged)).toMatchObject({ code: 'UNAUTHENTICATED' });
    // A token with `alg: none` or garbage is no better.
    const [, payload] = token.split('.');
    expect((await ask(`eyJhbGciOiJub25lIn0.${payload}.`)).code).toBe('UNAUTHENTICATED');
    expect((await ask('a.b.c')).code).toBe('UNAUTHENTICATED');
  });

  it('leaves terminating namespaces alone', async () => {
    await store.create('Namespace', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'going', finalizers: ['example.com/hold'] } });
    await accountWithToken('going');
    await store.delete('Namespace', undefined, 'going');
    await store.delete('ServiceAccount', 'going', 'default');
    await sleep(1_500);
    expect(await store.get('ServiceAccount', 'going', 'default')).toBeNull();
  });
});
