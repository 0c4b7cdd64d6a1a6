/**
 * A container's log, live, through the `podLogs` subscription on the dashboard's one graphql-ws
 * connection: follow (keep the newest line in view), pause (stop drawing; lines keep arriving
 * and show on resume), choose the container, or read the previous instance's log.
 */
import { useEffect, useRef, useState } from 'react';
import { useCluster } from '../lib/context.tsx';
import type { GraphQLErrorBody } from '../lib/graphql.ts';
import { setParams } from '../lib/router.ts';
import { PodLogsDocument } from '../../../api/generated/operations.ts';


const MAX_LINES = 5_000;

export function LogView({ namespace, name, containers, container, previous }: { namespace: string; name: string; containers: string[]; container: string; previous: boolean }) {
  const { api } = useCluster();
  const [lines, setLines] = useState<string[]>([]);
  const [state, setState] = useState<'streaming' | 'ended' | 'error'>('streaming');
  const [error, setError] = useState<string | null>(null);
  const [paused, setPaused] = useState(false);
  const [follow, setFollow] = useState(true);
  const buffer = useRef<string[]>([]);
  const box = useRef<HTMLPreElement>(null);
  const pausedRef = useRef(paused);
  pausedRef.current = paused;

  useEffect(() => {
    buffer.current = [];
    setLines([]);
    setError(null);
    setState('streaming');
    let partial = '';
    let frame: number | null = null;
    const show = () => {
      frame = null;
      if (!pausedRef.current) setLines(buffer.current.slice());
    };
    const dispose = api.ws.subscribe<{ podLogs: { data: string } }>(
      { query: PodLogsDocument, variables: { namespace, name, container: container || null, previous, tailLines: 1000 } },
      {
        next: (r) => {
          if (r.errors?.length) {
            setError((r.errors[0] as unknown as GraphQLErrorBody).message);
            setState('error');
            return;
          }
          const text = partial + (r.data?.podLogs.data ?? '');
          const parts = text.split('\n');
          partial = parts.pop() ?? '';
          buffer.current.push(...parts);
          if (buffer.current.length > MAX_LINES) buffer.current.splice(0, buffer.current.length - MAX_LINES);
          if (frame === null) frame = requestAnimationFrame(show);
        },
        error: (err) => {
          const e = Array.isArray(err) ? (err[0] as GraphQLErrorBody) : (err as Error);
          setError(e?.message ?? String(err));
          setState('error');
        },
        complete: () => {
          if (partial) buffer.current.push(partial);
          setLines(buffer.current.slice());
          setState((s) => (s === 'error' ? s : 'ended'));
        },
      },
    );
    return () => {
      dispose();
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, [api, namespace, name, container, previous]);

  useEffect(() => {
    if (!paused) setLines(buffer.current.slice());
  }, [paused]);

  useEffect(() => {
    if (follow && box.current) box.current.scrollTop = box.current.scrollHeight;
  }, [lines, follow]);

  return (
    <div className="logs">
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
          <input type="checkbox" checked={follow} onChange={(e) => setFollow(e.target.checked)} /> Follow
        </label>
        <label>
          <input type="checkbox" checked={previous} onChange={(e) => setParams({ previous: e.target.checked ? '1' : null })} /> Previous instance
        </label>
        <button className="btn btn-small" onClick={() => setPaused((p) => !p)}>
          {paused ? 'Resume' : 'Pause'}
        </button>
        <span className="muted small">
          {state === 'streaming' ? (paused ? `paused (${buffer.current.length - lines.length} new lines waiting)` : 'streaming') : state === 'ended' ? 'log ended' : ''}
        </span>
      </div>
      {error && <p className="error">{error}</p>}
      <pre className="log-box" ref={box} aria-label="Log" data-testid="log">
        {lines.length === 0 ? <span className="muted">{state === 'streaming' ? 'Waiting for log lines…' : 'No log lines.'}</span> : lines.join('\n')}
      </pre>
    </div>
  );
}
