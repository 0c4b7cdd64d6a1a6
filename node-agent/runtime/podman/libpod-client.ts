/**
 * Plain HTTP over podman's unix socket for the libpod API (`/v4.0.0/libpod/...`): pods and
 * containers that belong to a pod, which the Docker-compatible API (dockerode) cannot express.
 */
import http from 'node:http';

export const LIBPOD = '/v4.0.0/libpod';

/** An answer from podman's API with a status that the caller did not expect. */
export class PodmanApiError extends Error {
  constructor(
    message: string,
    /** The HTTP status podman answered with (404 no such object, 409 conflict, 500 …). */
    readonly status: number,
  ) {
    super(message);
    this.name = 'PodmanApiError';
  }
}

export interface RequestOptions {
  body?: unknown;
  /** Statuses that are not errors beyond 2xx (e.g. 304 "already started"). */
  okStatuses?: number[];
  timeoutMs?: number;
}

export class LibpodClient {
  constructor(private readonly socketPath: string) {}

  /** Sends one request and parses the JSON answer (undefined for an empty body). */
  request<T = unknown>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
    const payload = opts.body === undefined ? undefined : Buffer.from(JSON.stringify(opts.body));
    return new Promise<T>((resolve, reject) => {
      const req = http.request(
        {
          socketPath: this.socketPath,
          method,
          path,
          headers: payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {},
          timeout: opts.timeoutMs ?? 60_000,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const status = res.statusCode ?? 0;
            if ((status < 200 || status >= 300) && !opts.okStatuses?.includes(status)) {
              reject(new PodmanApiError(`podman ${method} ${path}: ${status} ${errorMessage(text)}`, status));
              return;
            }
            try {
              resolve((text.trim() === '' ? undefined : JSON.parse(text)) as T);
            } catch {
              resolve(text as T);
            }
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error(`podman ${method} ${path}: no answer within ${opts.timeoutMs ?? 60_000} ms`)));
      req.on('error', reject);
      req.end(payload);
    });
  }
}

function errorMessage(text: string): string {
  try {
    const parsed = JSON.parse(text) as { message?: string; cause?: string };
    return parsed.message ?? parsed.cause ?? text;
  } catch {
    return text.trim();
  }
}

/** `filters` query parameter as podman expects it: `{"label":["k=v"]}` URL-encoded. */
export function filtersQuery(filters: Record<string, string[]>): string {
  return `filters=${encodeURIComponent(JSON.stringify(filters))}`;
}
