/**
 * A kubeconfig for the real `kubectl` (and any Kubernetes client library): the API server's URL
 * and the admin credential. `capstan up` writes `<data>/kubeconfig`; `capstan kubeconfig`
 * prints it (`export KUBECONFIG=~/.capstan/kubeconfig`, or merge it into ~/.kube/config).
 */
import YAML from 'yaml';

export interface KubeconfigOptions {
  /** The API server's base URL (http://127.0.0.1:6443). */
  server: string;
  /** A file holding the token (kubectl reads it on every call, so a renewed token is picked up). */
  tokenFile?: string;
  /** The token itself, when it must travel with the file. */
  token?: string;
  /** The name of the cluster, context and user entries (default `capstan`). */
  name?: string;
  /** The namespace of the context (default: none, i.e. `default`). */
  namespace?: string;
  /** The CA file that signed the server's certificate (`<data dir>/ca.crt`). */
  certificateAuthority?: string;
  /** Or the CA itself (PEM), for a kubeconfig that travels. */
  certificateAuthorityData?: string;
}

/**
 * The https:// URL kubectl needs: client-go sends bearer tokens only over TLS, and the API
 * server answers HTTPS on the same port as HTTP.
 */
export function httpsServer(server: string): string {
  return server.replace(/^http:\/\//i, 'https://');
}

export function kubeconfigYaml(opts: KubeconfigOptions): string {
  const name = opts.name ?? 'capstan';
  const user: Record<string, string> = opts.token !== undefined ? { token: opts.token } : { tokenFile: opts.tokenFile! };
  const config = {
    apiVersion: 'v1',
    kind: 'Config',
    preferences: {},
    clusters: [
      {
        name,
        cluster: {
          server: httpsServer(opts.server),
          ...(opts.certificateAuthorityData
            ? { 'certificate-authority-data': Buffer.from(opts.certificateAuthorityData).toString('base64') }
            : opts.certificateAuthority
              ? { 'certificate-authority': opts.certificateAuthority }
              : {}),
        },
      },
    ],
    users: [{ name: `${name}-admin`, user }],
    contexts: [{ name, context: { cluster: name, user: `${name}-admin`, ...(opts.namespace ? { namespace: opts.namespace } : {}) } }],
    'current-context': name,
  };
  return YAML.stringify(config);
}
