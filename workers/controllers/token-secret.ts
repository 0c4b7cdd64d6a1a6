/**
 * Pure helpers of the token controller: the name and shape of a service account's token Secret,
 * which Secrets belong to which account, and the account's `secrets` list.
 */
import { randomInt } from 'node:crypto';
import { SERVICE_ACCOUNT_NAME_ANNOTATION, SERVICE_ACCOUNT_TOKEN_TYPE, SERVICE_ACCOUNT_UID_ANNOTATION } from '../../server/auth/service-account-token.ts';
import type { KObject } from '../../server/kinds/types.ts';

/** Kubernetes' generated-name alphabet: no vowels (no words) and no look-alikes (0/o, 1/l). */
const SUFFIX_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';
const SUFFIX_LENGTH = 5;
/** As Kubernetes' name generator: the base is cut so that base + suffix fits 63 characters. */
const MAX_BASE_LENGTH = 63 - SUFFIX_LENGTH;

/** `<account>-token-`, cut to leave room for the suffix. */
export function tokenSecretPrefix(serviceAccount: string): string {
  return `${serviceAccount}-token-`.slice(0, MAX_BASE_LENGTH);
}

/** `<account>-token-<5 random characters>`. */
export function tokenSecretName(serviceAccount: string, random: (n: number) => number = randomInt): string {
  let suffix = '';
  for (let i = 0; i < SUFFIX_LENGTH; i++) suffix += SUFFIX_ALPHABET[random(SUFFIX_ALPHABET.length)];
  return tokenSecretPrefix(serviceAccount) + suffix;
}

/** Whether `name` looks like a Secret this controller generated for `serviceAccount`. */
export function isGeneratedTokenSecretName(serviceAccount: string, name: string): boolean {
  const prefix = tokenSecretPrefix(serviceAccount);
  return name.length === prefix.length + SUFFIX_LENGTH && name.startsWith(prefix) && [...name.slice(prefix.length)].every((c) => SUFFIX_ALPHABET.includes(c));
}

/** The account a token Secret is for (its name annotation), or undefined for any other Secret. */
export function tokenSecretAccount(secret: KObject | undefined): string | undefined {
  if (!secret || secret.type !== SERVICE_ACCOUNT_TOKEN_TYPE) return undefined;
  const name = secret.metadata.annotations?.[SERVICE_ACCOUNT_NAME_ANNOTATION];
  return typeof name === 'string' && name !== '' ? name : undefined;
}

export const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
export const unb64 = (s: unknown) => (typeof s === 'string' ? Buffer.from(s, 'base64').toString('utf8') : undefined);

/** A new token Secret for `sa`, owned by it (so deleting the account deletes it). */
export function newTokenSecret(sa: KObject, name: string, token: string): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: {
      name,
      annotations: { [SERVICE_ACCOUNT_NAME_ANNOTATION]: sa.metadata.name, [SERVICE_ACCOUNT_UID_ANNOTATION]: sa.metadata.uid! },
      ownerReferences: [{ apiVersion: 'v1', kind: 'ServiceAccount', name: sa.metadata.name, uid: sa.metadata.uid! }],
    },
    type: SERVICE_ACCOUNT_TOKEN_TYPE,
    data: tokenData(sa.metadata.namespace!, token),
  };
}

/** `data` of a token Secret. Capstan has no cluster CA yet, so no `ca.crt`. */
export function tokenData(namespace: string, token: string): Record<string, string> {
  return { token: b64(token), namespace: b64(namespace) };
}

/**
 * The account's `secrets` list: references to its token Secrets that are gone are dropped (only
 * those with generated names: a hand-written reference may name a Secret still to come), and
 * every live token Secret is listed. Null when nothing changes.
 */
export function desiredSecretRefs(sa: KObject, live: string[]): { name: string }[] | null {
  const current: { name: string }[] = Array.isArray(sa.secrets) ? sa.secrets : [];
  const kept = current.filter((ref) => live.includes(ref.name) || !isGeneratedTokenSecretName(sa.metadata.name, ref.name));
  const added = live.filter((name) => !kept.some((ref) => ref.name === name)).map((name) => ({ name }));
  if (added.length === 0 && kept.length === current.length) return null;
  return [...kept, ...added];
}
