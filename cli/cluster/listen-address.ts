/** The `--listen host:port` of the API server, and the URL clients reach it at. */
import { UsageError } from '../command.ts';

export const DEFAULT_LISTEN = '127.0.0.1:6443';

export interface ListenAddress {
  /** As given; passed to the server unchanged. */
  text: string;
  /** Where a client on this machine connects: a wildcard address becomes loopback. */
  host: string;
  port: number;
  /** `http://127.0.0.1:6443`, without a trailing slash. */
  baseUrl: string;
}

export function parseListen(text: string): ListenAddress {
  // The forms `capstan server` accepts: 127.0.0.1:6443, [::1]:6443, :6443 (every interface), 6443.
  const match = /^(?:\[([^\]]+)\]|([^:]*)):(\d{1,5})$/.exec(text) ?? /^()()(\d{1,5})$/.exec(text);
  const port = match ? Number(match[3]) : NaN;
  if (!match || port < 1 || port > 65_535) {
    throw new UsageError(`--listen: "${text}" is not host:port (e.g. 127.0.0.1:6443)`);
  }
  const given = match[1] ?? match[2] ?? '';
  const host = given === '' || given === '0.0.0.0' ? '127.0.0.1' : given === '::' ? '::1' : given;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return { text, host, port, baseUrl: `http://${urlHost}:${port}` };
}
