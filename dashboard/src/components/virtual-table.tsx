/**
 * A table that renders only the rows in view (plus a few above and below), so 10,000 pods cost
 * as much to draw as 30. Rows have one fixed height; the scroll position is read once per frame.
 */
import { memo, useEffect, useRef, useState, type ReactNode } from 'react';

export interface Column<T> {
  title: string;
  /** CSS grid track, e.g. `2fr` or `90px`. */
  width: string;
  render(row: T): ReactNode;
}

export interface VirtualTableProps<T> {
  rows: T[];
  columns: Column<T>[];
  rowKey(row: T): string;
  onRowClick?(row: T): void;
  rowHeight?: number;
  /** Height of the scroll area in px; default fills up to 70% of the window. */
  height?: number;
  empty?: ReactNode;
  label?: string;
}

const OVERSCAN = 8;

/**
 * The narrowest the columns can be: the sum of their fixed tracks (`90px`) and the minimums of
 * their flexible ones (`minmax(160px, 2fr)`; a bare `2fr` counts nothing). Below it the table
 * scrolls sideways inside its box instead of squeezing or clipping its columns.
 */
export function minTableWidth(widths: readonly string[]): number {
  let sum = 0;
  for (const w of widths) {
    const m = /^\s*minmax\(\s*(\d+(?:\.\d+)?)px/.exec(w) ?? /^\s*(\d+(?:\.\d+)?)px\s*$/.exec(w);
    if (m) sum += Number(m[1]);
  }
  return Math.ceil(sum);
}

function RowView<T>({ row, columns, template, height, onClick }: { row: T; columns: Column<T>[]; template: string; height: number; onClick?: (row: T) => void }) {
  return (
    <div role="row" className={`vt-row${onClick ? ' vt-click' : ''}`} style={{ gridTemplateColumns: template, height }} onClick={onClick ? () => onClick(row) : undefined}>
      {columns.map((c) => (
        <div role="cell" className="vt-cell" key={c.title}>
          {c.render(row)}
        </div>
      ))}
    </div>
  );
}
// A row re-renders only when its object (or the columns) changed.
const Row = memo(RowView) as typeof RowView;

export function VirtualTable<T>({ rows, columns, rowKey, onRowClick, rowHeight = 34, height, empty, label }: VirtualTableProps<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(height ?? 600);
  const frame = useRef<number | null>(null);

  useEffect(() => {
    if (height) return;
    const measure = () => {
      const top = scroller.current?.getBoundingClientRect().top ?? 200;
      setViewport(Math.max(200, window.innerHeight - top - 24));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [height]);

  const template = columns.map((c) => c.width).join(' ');
  const minWidth = minTableWidth(columns.map((c) => c.width));
  const total = rows.length * rowHeight;
  const areaHeight = Math.min(viewport, Math.max(total, rowHeight));
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + areaHeight) / rowHeight) + OVERSCAN);

  return (
    <div className="vt" role="table" aria-label={label} aria-rowcount={rows.length}>
      <div className="vt-inner" style={{ minWidth }}>
      <div role="row" className="vt-head" style={{ gridTemplateColumns: template }}>
        {columns.map((c) => (
          <div role="columnheader" className="vt-cell" key={c.title}>
            {c.title}
          </div>
        ))}
      </div>
      {rows.length === 0 ? (
        <div className="vt-empty">{empty ?? 'Nothing here.'}</div>
      ) : (
        <div
          ref={scroller}
          className="vt-body"
          style={{ height: areaHeight }}
          onScroll={(e) => {
            const top = e.currentTarget.scrollTop;
            if (frame.current === null)
              frame.current = requestAnimationFrame(() => {
                frame.current = null;
                setScrollTop(top);
              });
          }}
        >
          <div style={{ height: total, position: 'relative' }}>
            <div style={{ position: 'absolute', top: first * rowHeight, left: 0, right: 0 }}>
              {rows.slice(first, last).map((row) => (
                <Row key={rowKey(row)} row={row} columns={columns} template={template} height={rowHeight} onClick={onRowClick} />
              ))}
            </div>
          </div>
        </div>
      )}
      </div>
    </div>
  );
}
