/**
 * The API server's TLS identity. kubectl and every client-go program send bearer tokens only
 * over TLS, so the Kubernetes REST API needs HTTPS; Capstan serves HTTPS and plain HTTP on the
 * same port (api-server.ts tells them apart by the first byte).
 *
 * Like the token signing key, the cluster's CA and serving certificate live in Postgres, as the
 * Secret `kube-system/capstan-serving-cert`, so every API server presents the same certificate
 * and a kubeconfig made once trusts them all:
 *
 * - Made once by the first API server that starts (the store's create is the arbiter when two
 *   race); valid 10 years; names 127.0.0.1, ::1, localhost, the host's name and every
 *   `--tls-san`. A server whose names are not all in the stored certificate issues a new
 *   serving certificate from the stored CA and stores it (the CA, hence kubeconfigs, stay).
 * - `--tls-cert-file`/`--tls-private-key-file` use the operator's own pair instead.
 * - The CA's private key is readable only by those who may read Secrets in kube-system.
 */
import { randomBytes, generateKeyPairSync } from 'node:crypto';
import os from 'node:os';
import forge from 'node-forge';
import { CapstanError } from '../errors.ts';
import type { KObject } from '../kinds/types.ts';

export const SERVING_CERT_NAMESPACE = 'kube-system';
export const SERVING_CERT_SECRET = 'capstan-serving-cert';

export interface ServingCert {
  /** PEM of the serving certificate (the leaf). */
  cert: string;
  /** PEM of its private key. */
  key: string;
  /** PEM of the CA that signed it: what a kubeconfig trusts. */
  ca: string;
}

/** What this module needs of the store (the Store, or a fake in tests). */
export interface ServingCertStore {
  get(kind: 'Secret' | 'Namespace', namespace: string | undefined, name: string): Promise<KObject | null>;
  create(kind: 'Secret' | 'Namespace', namespace: string | undefined, obj: KObject): Promise<KObject>;
  replace(kind: 'Secret', namespace: string | undefined, name: string, obj: KObject): Promise<KObject>;
}

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const unb64 = (s: unknown) => (typeof s === 'string' ? Buffer.from(s, 'base64').toString('utf8') : '');
const TEN_YEARS_MS = 10 * 365 * 24 * 3600 * 1000;

/** The names every serving certificate carries, and the extra ones asked for. */
export function servingNames(extra: string[] = []): string[] {
  return [...new Set(['127.0.0.1', '::1', 'localhost', os.hostname(), ...extra].filter(Boolean))];
}

function rsaKeys(): { publicKey: forge.pki.PublicKey; privateKey: forge.pki.rsa.PrivateKey; privatePem: string } {
  // Node's generator is native and fast; forge only signs.
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  const priv = forge.pki.privateKeyFromPem(privateKey) as forge.pki.rsa.PrivateKey;
  return { privateKey: priv, publicKey: forge.pki.setRsaPublicKey(priv.n, priv.e), privatePem: privateKey };
}

function serial(): string {
  // Positive, 16 bytes.
  return `01${randomBytes(15).toString('hex')}`;
}

function isIp(name: string): boolean {
  return /^\d+\.\d+\.\d+\.\d+$/.test(name) || name.includes(':');
}

function makeCa(now: Date): { certPem: string; keyPem: string } {
  const keys = rsaKeys();
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = serial();
  cert.validity.notBefore = new Date(now.getTime() - 3600_000);
  cert.validity.notAfter = new Date(now.getTime() + TEN_YEARS_MS);
  const subject = [{ name: 'commonName', value: `capstan-ca-${Math.floor(now.getTime() / 1000)}` }];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  return { certPem: forge.pki.certificateToPem(cert), keyPem: keys.privatePem };
}

function makeLeaf(caCertPem: string, caKeyPem: string, names: string[], now: Date): { certPem: string; keyPem: string } {
  const ca = forge.pki.certificateFromPem(caCertPem);
  const caKey = forge.pki.privateKeyFromPem(caKeyPem) as forge.pki.rsa.PrivateKey;
  const keys = rsaKeys();
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = serial();
  cert.validity.notBefore = new Date(now.getTime() - 3600_000);
  cert.validity.notAfter = new Date(now.getTime() + TEN_YEARS_MS);
  cert.setSubject([{ name: 'commonName', value: 'capstan-apiserver' }]);
  cert.setIssuer(ca.subject.attributes);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    { name: 'subjectAltName', altNames: names.map((n) => (isIp(n) ? { type: 7, ip: n } : { type: 2, value: n })) },
  ]);
  cert.sign(caKey, forge.md.sha256.create());
  return { certPem: forge.pki.certificateToPem(cert), keyPem: keys.privatePem };
}

/** The DNS names and IP addresses a certificate is valid for. */
export function certificateNames(certPem: string): string[] {
  const cert = forge.pki.certificateFromPem(certPem);
  const san = cert.getExtension('subjectAltName') as { altNames?: { type: number; value?: string; ip?: string }[] } | null;
  return (san?.altNames ?? []).map((a) => (a.type === 7 ? a.ip! : a.value!)).filter(Boolean);
}

function secretOf(caCert: string, caKey: string, cert: string, key: string): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: {
      name: SERVING_CERT_SECRET,
      annotations: { 'capstan.io/description': "the API servers' CA and serving certificate; delete to make new ones (kubeconfigs must then be made again)" },
    },
    type: 'kubernetes.io/tls',
    data: { 'ca.crt': b64(caCert), 'ca.key': b64(caKey), 'tls.crt': b64(cert), 'tls.key': b64(key) },
  };
}

function decode(secret: KObject): ServingCert & { caKey: string } {
  const data = (secret.data ?? {}) as Record<string, unknown>;
  const out = { ca: unb64(data['ca.crt']), caKey: unb64(data['ca.key']), cert: unb64(data['tls.crt']), key: unb64(data['tls.key']) };
  if (!out.ca || !out.caKey || !out.cert || !out.key) {
    throw new CapstanError('INVALID', `Secret ${SERVING_CERT_NAMESPACE}/${SERVING_CERT_SECRET} is not a Capstan serving certificate; delete it to have a new one made`);
  }
  return out;
}

async function ensureNamespace(store: ServingCertStore): Promise<void> {
  if (await store.get('Namespace', undefined, SERVING_CERT_NAMESPACE)) return;
  try {
    await store.create('Namespace', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: SERVING_CERT_NAMESPACE } });
  } catch (err) {
    if (!(err instanceof CapstanError && err.code === 'ALREADY_EXISTS')) throw err;
  }
}

/**
 * The cluster's serving certificate, made and stored first when there is none, and re-issued
 * from the stored CA when it lacks one of `names`.
 */
export async function ensureServingCert(store: ServingCertStore, names: string[], now = new Date()): Promise<ServingCert> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const secret = await store.get('Secret', SERVING_CERT_NAMESPACE, SERVING_CERT_SECRET);
    if (!secret) {
      await ensureNamespace(store);
      const ca = makeCa(now);
      const leaf = makeLeaf(ca.certPem, ca.keyPem, names, now);
      try {
        await store.create('Secret', SERVING_CERT_NAMESPACE, secretOf(ca.certPem, ca.keyPem, leaf.certPem, leaf.keyPem));
        return { ca: ca.certPem, cert: leaf.certPem, key: leaf.keyPem };
      } catch (err) {
        if (err instanceof CapstanError && err.code === 'ALREADY_EXISTS') continue; // another server won: use its
        throw err;
      }
    }
    const stored = decode(secret);
    const have = new Set(certificateNames(stored.cert));
    if (names.every((n) => have.has(n))) return { ca: stored.ca, cert: stored.cert, key: stored.key };
    const leaf = makeLeaf(stored.ca, stored.caKey, [...new Set([...have, ...names])], now);
    try {
      const next = secretOf(stored.ca, stored.caKey, leaf.certPem, leaf.keyPem);
      next.metadata.resourceVersion = secret.metadata.resourceVersion;
      await store.replace('Secret', SERVING_CERT_NAMESPACE, SERVING_CERT_SECRET, next);
      return { ca: stored.ca, cert: leaf.certPem, key: leaf.keyPem };
    } catch (err) {
      if (err instanceof CapstanError && err.code === 'CONFLICT') continue;
      throw err;
    }
  }
  throw new CapstanError('UNAVAILABLE', 'could not settle the serving certificate with the other API servers; retry');
}
