/**
 * The token controller: every ServiceAccount has a token Secret `<account>-token-<xxxxx>` of type
 * `kubernetes.io/service-account-token` holding a signed JWT (service-account-token.ts), listed
 * in the account's `secrets`. Keys are accounts (`namespace/name`); a change to an account or to
 * one of its token Secrets wakes it.
 *
 * - A token Secret deleted by hand is replaced by a new one (with a new token).
 * - A token Secret of an account that is gone, or of an earlier account of the same name (another
 *   uid), is deleted; gc would remove owned ones too, through the owner reference.
 * - A token Secret someone created with only the name annotation gets its token filled in, and a
 *   token signed by a key other than the cluster's current one (after rotation) is re-issued, as
 *   Kubernetes' legacy token controller does.
 */
import { decodeProtectedHeader } from 'jose';
import { SERVICE_ACCOUNT_TOKEN_TYPE, SERVICE_ACCOUNT_UID_ANNOTATION, signServiceAccountToken, verifyServiceAccountToken } from '../../server/auth/service-account-token.ts';
import { ensureSigningKey, SigningKeyCache, type SigningKey } from '../../server/auth/signing-key.ts';
import { CapstanError } from '../../server/errors.ts';
import type { KObject } from '../../server/kinds/types.ts';
import { objectKey, splitKey, type Controller, type ReconcileContext } from '../controller.ts';
import type { ControllerStore } from '../controller-store.ts';
import { desiredSecretRefs, newTokenSecret, tokenData, tokenSecretAccount, tokenSecretName, unb64 } from './token-secret.ts';

/** One key cache per store (in production: per worker process). */
const signingKeys = new WeakMap<ControllerStore, SigningKeyCache>();

/** The cluster's key; with `seenKid` (a token of another key), read again first, in case it was rotated. */
function signingKeyOf(store: ControllerStore, seenKid?: string): Promise<SigningKey> {
  let cache = signingKeys.get(store);
  if (!cache) signingKeys.set(store, (cache = new SigningKeyCache(() => ensureSigningKey(store))));
  return cache.get(seenKid) as Promise<SigningKey>;
}

function kidOf(secret: KObject): string | undefined {
  try {
    const kid = decodeProtectedHeader(unb64((secret.data as Record<string, unknown> | undefined)?.token) ?? '').kid;
    return typeof kid === 'string' ? kid : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `secret` holds a token of `key` for `sa` under its own name, with the account's uid. */
async function holdsCurrentToken(key: SigningKey, sa: KObject, secret: KObject): Promise<boolean> {
  const data = (secret.data ?? {}) as Record<string, unknown>;
  if (secret.metadata.annotations?.[SERVICE_ACCOUNT_UID_ANNOTATION] !== sa.metadata.uid) return false;
  if (unb64(data.namespace) !== sa.metadata.namespace) return false;
  const token = unb64(data.token);
  const claims = token ? await verifyServiceAccountToken(key, token) : null;
  return (
    !!claims &&
    claims.namespace === sa.metadata.namespace &&
    claims.name === sa.metadata.name &&
    claims.uid === sa.metadata.uid &&
    claims.secretName === secret.metadata.name
  );
}

const ignore = (...codes: string[]) => (err: unknown) => {
  if (!(err instanceof CapstanError && codes.includes(err.code))) throw err;
};

export async function reconcileTokens(key: string, { store, log, signal }: Pick<ReconcileContext<ControllerStore>, 'store' | 'log' | 'signal'>): Promise<void> {
  const { namespace, name } = splitKey(key);
  if (!namespace) return;
  const [sa, { items }] = await Promise.all([
    store.get('ServiceAccount', namespace, name),
    store.list('Secret', { namespace, fieldSelector: `type=${SERVICE_ACCOUNT_TOKEN_TYPE}` }),
  ]);
  const mine = items.filter((s) => tokenSecretAccount(s) === name && !s.metadata.deletionTimestamp);

  // Tokens of an account that is gone, or of an earlier account of this name, must not outlive it.
  const stale = mine.filter((s) => !sa || (s.metadata.annotations?.[SERVICE_ACCOUNT_UID_ANNOTATION] ?? sa.metadata.uid) !== sa.metadata.uid);
  for (const s of stale) {
    signal.throwIfAborted();
    await store.delete('Secret', namespace, s.metadata.name).catch(ignore('NOT_FOUND'));
    log.info({ namespace, secret: s.metadata.name, serviceAccount: name }, 'deleted the token secret of a service account that is gone');
  }
  if (!sa || sa.metadata.deletionTimestamp) return;

  const live = mine.filter((s) => !stale.includes(s));
  // A token of another key may mean this process still holds a key that was rotated away.
  const signingKey = await signingKeyOf(store, live.map(kidOf).find((kid) => kid !== undefined));
  for (const s of live) {
    if (await holdsCurrentToken(signingKey, sa, s)) continue;
    const token = await signServiceAccountToken(signingKey, { namespace, name, uid: sa.metadata.uid!, secretName: s.metadata.name });
    signal.throwIfAborted();
    await store
      .update('Secret', namespace, s.metadata.name, (cur) => ({
        ...cur,
        metadata: { ...cur.metadata, annotations: { ...cur.metadata.annotations, [SERVICE_ACCOUNT_UID_ANNOTATION]: sa.metadata.uid! } },
        data: { ...(cur.data as object | undefined), ...tokenData(namespace, token) },
      }))
      .catch(ignore('NOT_FOUND'));
    log.info({ namespace, secret: s.metadata.name, serviceAccount: name }, 'issued a token into a token secret');
  }

  const liveNames = live.map((s) => s.metadata.name);
  if (liveNames.length === 0) {
    const secretName = tokenSecretName(name);
    const token = await signServiceAccountToken(signingKey, { namespace, name, uid: sa.metadata.uid!, secretName });
    signal.throwIfAborted();
    try {
      await store.create('Secret', namespace, newTokenSecret(sa, secretName, token));
    } catch (err) {
      // The namespace is terminating (FORBIDDEN) or gone: nothing to do. A name taken by chance: retried.
      if (err instanceof CapstanError && (err.code === 'FORBIDDEN' || err.code === 'NOT_FOUND')) return;
      throw err;
    }
    log.info({ namespace, secret: secretName, serviceAccount: name }, 'created a token secret');
    liveNames.push(secretName);
  }

  if (desiredSecretRefs(sa, liveNames) === null) return;
  signal.throwIfAborted();
  await store
    .update('ServiceAccount', namespace, name, (cur) => {
      // A recreated account is another account: its own reconcile lists its own Secrets.
      if (cur.metadata.uid !== sa.metadata.uid) return cur;
      const refs = desiredSecretRefs(cur, liveNames);
      return refs ? { ...cur, secrets: refs } : cur;
    })
    .catch(ignore('NOT_FOUND'));
}

export const tokenController: Controller<ControllerStore> = {
  name: 'token',
  keysFor(event) {
    if (event.kind === 'ServiceAccount') return [objectKey(event.namespace, event.name)];
    if (event.kind !== 'Secret') return [];
    const accounts = new Set([tokenSecretAccount(event.object), tokenSecretAccount(event.prevObject)]);
    return [...accounts].filter((a): a is string => !!a).map((a) => objectKey(event.namespace, a));
  },
  async listKeys(store) {
    const { items } = await store.list('ServiceAccount');
    return items.map((sa) => objectKey(sa.metadata.namespace, sa.metadata.name));
  },
  async reconcile(key, ctx) {
    await reconcileTokens(key, ctx);
  },
};
