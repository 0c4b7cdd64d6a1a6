/**
 * A pod terminal: a command (a shell by default) run in one of the pod's containers through the
 * `execPod` subscription on the dashboard's graphql-ws connection, the same path `kubectl exec`
 * takes to the node agent. Line-oriented (no TTY: what is typed is sent on Enter, as a line);
 * output of stdout and stderr is shown as it comes, stderr marked, then the exit code.
 */
import { useEffect, useRef, useState } from 'react';
import { ErrorNote, Link, Section } from '../components/ui.tsx';
import { useCluster, useObject } from '../lib/context.tsx';
import type { GraphQLErrorBody } from '../lib/graphql.ts';
import { enc, href, setParams, useLocation } from '../lib/router.ts';
import { ExecDocument, ExecInputDocument } from '../../../api/generated/operations.ts';



/** Terminal colour and cursor sequences, which a line view cannot show. */
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b[()][A-Za-z0-9]/g;

interface Chunk {
  stream: 'STDOUT' | 'STDERR' | 'INPUT' | 'INFO';
  text: string;
}

const MAX_CHUNKS = 2_000;

function decode(b64: string): string {
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes).replace(ANSI, '');
}

function encode(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

export function TerminalPage({ namespace, name }: { namespace: string; name: string }) {
  const { api } = useCluster();
  const loc = useLocation();
  const pod = useObject('Pod', namespace, name);
  const containers: string[] = (pod?.spec?.containers ?? []).map((c: { name: string }) => c.name);
  const container = loc.params.get('container') ?? containers[0] ?? '';
  const command = loc.params.get('command') ?? 'sh';
  const [session, setSession] = useState<string | null>(null);
  const [chunks, setChunks] = useState<Chunk[]>([]);
  const [state, setState] = useState<'idle' | 'connecting' | 'open' | 'ended' | 'error'>('idle');
  const [error, setError] = useState<string | null>(null);
  const [line, setLine] = useState('');
  const [run, setRun] = useState(0);
  const box = useRef<HTMLPreElement>(null);

  const append = (c: Chunk) => setChunks((list) => (list.length >= MAX_CHUNKS ? [...list.slice(list.length - MAX_CHUNKS + 1), c] : [...list, c]));

  useEffect(() => {
    if (run === 0 || !container) return;
    setChunks([]);
    setError(null);
    setSession(null);
    setState('connecting');
    const dispose = api.ws.subscribe<{ execPod: { sessionId: string; stream: string | null; data: string | null; exitCode: number | null } }>(
      { query: ExecDocument, variables: { namespace, name, container, command: command.trim().split(/\s+/) } },
      {
        next: (r) => {
          if (r.errors?.length) {
            setError((r.errors[0] as unknown as GraphQLErrorBody).message);
            setState('error');
            return;
          }
          const e = r.data!.execPod;
          if (!e.stream && e.data === null && e.exitCode === null) {
            setSession(e.sessionId);
            setState('open');
            return;
          }
          if (e.data) append({ stream: e.stream === 'STDERR' ? 'STDERR' : 'STDOUT', text: decode(e.data) });
          if (e.exitCode !== null && e.exitCode !== undefined) append({ stream: 'INFO', text: `\n[exited with code ${e.exitCode}]\n` });
        },
        error: (err) => {
          const e = Array.isArray(err) ? (err[0] as GraphQLErrorBody) : (err as Error);
          setError(e?.message ?? String(err));
          setState('error');
        },
        complete: () => setState((s) => (s === 'error' ? s : 'ended')),
      },
    );
    return () => dispose();
  }, [api, namespace, name, container, command, run]);

  useEffect(() => {
    if (box.current) box.current.scrollTop = box.current.scrollHeight;
  }, [chunks]);

  const send = async (text: string, eof = false) => {
    if (!session) return;
    append({ stream: 'INPUT', text });
    try {
      await api.request(ExecInputDocument, { sessionId: session, data: text ? encode(text) : null, eof });
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <div className="page">
      <div className="page-head">
        <h1>
          Terminal: <Link to={href(`/pods/${enc(namespace)}/${enc(name)}`)}>{namespace}/{name}</Link>
        </h1>
      </div>
      <Section title="Command">
        <div className="logs-bar">
          <label>
            Container{' '}
            <select aria-label="Container" value={container} onChange={(e) => setParams({ container: e.target.value })}>
              {containers.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
          <label>
            Command{' '}
            <input aria-label="Command" defaultValue={command} onBlur={(e) => setParams({ command: e.target.value || null })} />
          </label>
          <button className="btn btn-small" onClick={() => setRun((n) => n + 1)} disabled={!container || state === 'connecting'}>
            {state === 'open' ? 'Restart' : 'Connect'}
          </button>
          {state === 'open' && (
            <button className="btn btn-small" onClick={() => void send('', true)}>
              Send EOF
            </button>
          )}
          <span className="muted small" data-testid="terminal-state">
            {state === 'idle' ? 'not connected' : state}
          </span>
        </div>
      </Section>
      {error && <ErrorNote error={new Error(error)} />}
      <pre className="log-box terminal" ref={box} aria-label="Terminal output" data-testid="terminal">
        {chunks.length === 0 ? (
          <span className="muted">{state === 'open' ? 'Connected: type a command below.' : 'Connect to run the command in the container.'}</span>
        ) : (
          chunks.map((c, i) => (
            <span key={i} className={c.stream === 'STDERR' ? 'term-err' : c.stream === 'INPUT' ? 'term-in' : c.stream === 'INFO' ? 'muted' : undefined}>
              {c.text}
            </span>
          ))
        )}
      </pre>
      <form
        className="terminal-input"
        onSubmit={(e) => {
          e.preventDefault();
          void send(`${line}\n`);
          setLine('');
        }}
      >
        <input aria-label="Input" value={line} disabled={state !== 'open'} placeholder={state === 'open' ? 'ls -l /  (Enter sends the line)' : ''} onChange={(e) => setLine(e.target.value)} autoComplete="off" />
      </form>
    </div>
  );
}
