import type { CSSProperties } from 'react';
import { palette } from '../kit/palette';
import { bind, type Registry } from './registry';
import { runLabel, seriesStyles, type SeriesStyle } from './series';
import { runsOf } from '../../experiment/run-facts';
import { STRINGS } from '../kit/strings';

const box: CSSProperties = {
  position: 'absolute',
  top: 0,
  left: 0,
  visibility: 'hidden',
  pointerEvents: 'none',
  background: palette.paper,
  border: `1px solid ${palette.grid}`,
  borderRadius: 4,
  boxShadow: '0 1px 3px rgba(31, 41, 51, 0.15)',
  padding: '3px 7px',
  fontSize: 'var(--chart-text)',
  lineHeight: 1.35,
  whiteSpace: 'nowrap',
  fontVariantNumeric: 'tabular-nums',
  color: palette.ink,
};

const grid: CSSProperties = { display: 'grid', columnGap: 8, alignItems: 'center' };

function Swatch({ style }: { style: SeriesStyle }) {
  return (
    <svg width={16} height={8} aria-hidden="true" style={{ marginRight: 4, verticalAlign: 'middle' }}>
      <line
        x1={1}
        x2={15}
        y1={4}
        y2={4}
        stroke={style.color}
        strokeWidth={Math.max(2, style.width)}
        strokeDasharray={style.dash ? '4 2' : undefined}
        strokeOpacity={Math.max(0.6, style.opacity)}
      />
    </svg>
  );
}

function RunSwatch({ style }: { style: SeriesStyle | undefined }) {
  return style ? <Swatch style={style} /> : null;
}

const SET_NAMES = { train: STRINGS.loss.sets.train, test: STRINGS.loss.sets.test, batch: STRINGS.loss.minibatch } as const;

/**
 * The values at the hovered step: an HTML box over the plot whose numbers are
 * written by paintHover (React only renders its rows).
 */
export function HoverReadout({
  registry,
  compare,
  showBatch,
  dropout,
}: {
  registry: Registry;
  compare: boolean;
  showBatch: boolean;
  dropout: readonly number[];
}) {
  const styles = seriesStyles(compare, showBatch);
  const order = { test: 0, train: 1, batch: 2 };
  const keys = (['test', 'train', 'batch'] as const).filter((k) => showBatch || k !== 'batch');
  return (
    <div ref={bind(registry, 'readout')} style={box} aria-hidden="true" data-testid="loss-readout">
      <div ref={bind(registry, 'readout-step')} style={{ fontWeight: 600 }} />
      {compare ? (
        <div style={{ ...grid, gridTemplateColumns: `auto repeat(${keys.length}, auto)` }}>
          <span />
          {keys.map((k) => (
            <span key={k} style={{ color: palette.muted, textAlign: 'right' }}>
              {SET_NAMES[k]}
            </span>
          ))}
          {runsOf(true).flatMap((run) => [
            <span key={`${run}-label`}>
              <RunSwatch style={styles.find((s) => s.run === run && s.key === 'test')} />
              {runLabel(run, true, dropout)}
            </span>,
            ...keys.map((k) => <span key={`${run}-${k}`} ref={bind(registry, `cell:${run}-${k}`)} style={{ textAlign: 'right' }} />),
          ])}
        </div>
      ) : (
        <div style={{ ...grid, gridTemplateColumns: 'auto auto' }}>
          {[...styles]
            .sort((a, b) => order[a.key] - order[b.key])
            .flatMap((s) => [
              <span key={`${s.id}-label`}>
                <Swatch style={s} />
                {SET_NAMES[s.key]}
              </span>,
              <span key={s.id} ref={bind(registry, `cell:${s.id}`)} style={{ textAlign: 'right' }} />,
            ])}
        </div>
      )}
    </div>
  );
}
