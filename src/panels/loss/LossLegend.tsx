import type { CSSProperties } from 'react';
import { palette } from '../kit/palette';
import { legendGroups, type SeriesStyle } from './series';
import { STRINGS } from '../kit/strings';

const list: CSSProperties = {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: '0.1rem 1.25rem',
  margin: '0 0 0.15rem',
  padding: 0,
  listStyle: 'none',
  fontSize: 'var(--chart-text)',
  color: palette.ink,
};

const item: CSSProperties = { display: 'inline-flex', alignItems: 'center', gap: '0.3rem' };

/** A short stroke drawn exactly like the series it names. */
export function LegendSwatch({ style }: { style: SeriesStyle }) {
  return (
    <svg width={28} height={10} aria-hidden="true">
      <line
        x1={1}
        x2={27}
        y1={5}
        y2={5}
        stroke={style.color}
        strokeWidth={Math.max(1.5, style.width)}
        strokeDasharray={style.dash}
        strokeOpacity={Math.max(0.5, style.opacity)}
        strokeLinecap="round"
      />
    </svg>
  );
}

/** Which line is which: color by run, style by set (compare mode), or train/test colors. */
export function LossLegend({ compare, showBatch, dropout }: { compare: boolean; showBatch: boolean; dropout: readonly number[] }) {
  const groups = legendGroups(compare, showBatch, dropout);
  return (
    <ul style={list} aria-label={STRINGS.loss.legendLabel}>
      {groups.map((group) => (
        <li key={group.run} style={{ ...item, gap: '0.2rem 0.75rem', flexWrap: 'wrap' }}>
          {group.label && <strong style={{ fontWeight: 600 }}>{group.label}:</strong>}
          {group.items.map(({ text, style }) => (
            <span key={style.id} style={item}>
              <LegendSwatch style={style} />
              {text}
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}
