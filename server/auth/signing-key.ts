/**
 * The cluster's one key pair for service-account tokens (ES256). It lives in Postgres, as the
 * Secret `kube-system/capstan-signing-key`, so every API server (which verifies tokens) and every
 * worker (whose token controller signs them) shares it without any file to distribute:
 *
 * - It is created once, by the first token controller that needs it. Two creating at the same
 *   time is harmless: the store's create is the arbiter, the loser reads the winner's key.
 * - The private key is readable only by identities allowed to read Secrets in `kube-system`,
 *   which today means admins (authorization denies everyone else).
 * - The Secret is `immutable`; to rotate, delete it. The next token controller run makes a new
 *   key and re-signs every token at its next reconcile (a resync at the latest); servers reload
 *   the key when they meet a token with an unknown `kid`. Tokens of the old key stop working.
 *   Deleting the `kube-system` namespace deletes the key too, with the same effect.
 */
import { calculateJwkThumbprint, exportJWK, exportPKCS8, exportSPKI, generateKeyPair, importPKCS8, importSPKI, type CryptoKey } from 'jose';
import { CapstanError } from '../errors.ts';
import type { KObject } from '../kinds/types.ts';

export const SIGNING_KEY_NAMESPACE = 'kube-system';
export const SIGNING_KEY_SECRET = 'capstan-signing-key';
/** A Secret type of its own, so nothing mistakes it for a token or a TLS pair. */
export const SIGNING_KEY_TYPE = 'capstan.io/signing-key';
export const SIGNING_ALG = 'ES256';

export interface SigningKey {
  /** The RFC 7638 thumbprint of the public key; tokens name it in their header. */
  kid: string;
  publicKey: CryptoKey;
  privateKey: CryptoKey;
}

/** What this module needs of the store (the Store, or a fake in tests). */
export interface SigningKeyStore {
  get(kind: 'Secret' | 'Namespace', namespace: string | undefined, name: string): Promise<KObject | null>;
  create(kind: 'Secret' | 'Namespace', namespace: string | undefined, obj: KObject): Promise<KObject>;
}

const PRIVATE_KEY = 'private.pem';
const PUBLIC_KEY = 'public.pem';
const KID = 'kid';

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const unb64 = (s: unknown) => (typeof s === 'string' ? Buffer.from(s, 'base64').toString('utf8') : '');

/** The stored key, or null when none has been made yet. */
export async function loadSigningKey(store: Pick<SigningKeyStore, 'get'>): Promise<SigningKey | null> {
  const secret = await store.get('Secret', SIGNING_KEY_NAMESPACE, SIGNING_KEY_SECRET);
  if (!secret) return null;
  return decodeSigningKey(secret);
}

/** The stored key, made and stored first when there is none. */
export async function ensureSigningKey(store: SigningKeyStore): Promise<SigningKey> {
  const existing = await loadSigningKey(store);
  if (existing) return existing;
  await ensureNamespace(store, SIGNING_KEY_NAMESPACE);
  const { secret, key } = await generateSigningKey();
  try {
    await store.create('Secret', SIGNING_KEY_NAMESPACE, secret);
    return key;
  } catch (err) {
    if (!(err instanceof CapstanError && err.code === 'ALREADY_EXISTS')) throw err;
    // Another process stored its key first: that one is the cluster's.
    const winner = await loadSigningKey(store);
    if (!winner) throw new CapstanError('CONFLICT', 'the signing key was created and deleted at once; retry');
    return winner;
  }
}

/** A fresh key pair and the Secret that stores it. */
export async function generateSigningKey(): Promise<{ key: SigningKey; secret: KObject }> {
  const { publicKey, privateKey } = await generateKeyPair(SIGNING_ALG, { extractable: true });
  const kid = await calculateJwkThumbprint(await exportJWK(publicKey));
  const secret: KObject = {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: {
      name: SIGNING_KEY_SECRET,
      annotations: { 'capstan.io/description': 'signs service-account tokens; delete to rotate (every token is then re-issued)' },
    },
    type: SIGNING_KEY_TYPE,
    immutable: true,
    data: { [PRIVATE_KEY]: b64(await exportPKCS8(privateKey)), [PUBLIC_KEY]: b64(await exportSPKI(publicKey)), [KID]: b64(kid) },
  };
  return { key: { kid, publicKey, privateKey }, secret };
}

async function decodeSigningKey(secret: KObject): Promise<SigningKey> {
  const data = (secret.data ?? {}) as Record<string, unknown>;
  const kid = unb64(data[KID]);
  if (secret.type !== SIGNING_KEY_TYPE || !kid) {
    throw new CapstanError('INVALID', `Secret ${SIGNING_KEY_NAMESPACE}/${SIGNING_KEY_SECRET} is not a Capstan signing key; delete it to have a new key made`);
  }
  const [publicKey, privateKey] = await Promise.all([importSPKI(unb64(data[PUBLIC_KEY]), SIGNING_ALG), importPKCS8(unb64(data[PRIVATE_KEY]), SIGNING_ALG)]);
  return { kid, publicKey, privateKey };
}

async function ensureNamespace(store: SigningKeyStore, name: string): Promise<void> {
  if (await store.get('Namespace', undefined, name)) return;
  try {
    await store.create('Namespace', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
  } catch (err) {
    if (!(err instanceof CapstanError && err.code === 'ALREADY_EXISTS')) throw err;
  }
}

export interface SigningKeyCacheOptions {
  /** How long a loaded key (or its absence) is trusted before it is read again (default 60 s). */
  ttlMs?: number;
  /** Reloads asked for by an unknown `kid` happen at most this often (default 1 s). */
  minReloadIntervalMs?: number;
  now?: () => number;
}

/**
 * The key as one process sees it: read from the store, kept for `ttlMs`, read again early when a
 * caller meets a token of another key (rotation), but not more often than `minReloadIntervalMs`
 * so a stream of forged tokens cannot turn into a stream of database reads.
 */
export class SigningKeyCache {
  private cached: { key: SigningKey | null; loadedAt: number } | undefined;
  private loading: Promise<SigningKey | null> | undefined;
  private readonly ttlMs: number;
  private readonly minReloadMs: number;
  private readonly now: () => number;

  constructor(
    private readonly load: () => Promise<SigningKey | null>,
    opts: SigningKeyCacheOptions = {},
  ) {
    this.ttlMs = opts.ttlMs ?? 60_000;
    this.minReloadMs = opts.minReloadIntervalMs ?? 1_000;
    this.now = opts.now ?? Date.now;
  }

  /** The current key; with `kid`, reloads first when the cached key is another one. */
  async get(kid?: string): Promise<SigningKey | null> {
    const c = this.cached;
    const age = c ? this.now() - c.loadedAt : Infinity;
    const stale = age >= this.ttlMs || (kid !== undefined && c?.key?.kid !== kid && age >= this.minReloadMs);
    if (c && !stale) return c.key;
    this.loading ??= this.load()
      .then((key) => {
        this.cached = { key, loadedAt: this.now() };
        return key;
      })
      .finally(() => {
        this.loading = undefined;
      });
    return this.loading;
  }
}
