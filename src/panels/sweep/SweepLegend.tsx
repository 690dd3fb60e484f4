import { formatP } from '../../experiment/p-format';
import type { GridKind } from '../../experiment/sweep-plan';
import { palette } from '../kit/palette';
import { STRINGS } from '../kit/strings';

function LineSwatch({ color, dashed = false, marker }: { color: string; dashed?: boolean; marker: 'circle' | 'square' }) {
  return (
    <svg width={26} height={12} aria-hidden="true">
      <line x1={1} x2={25} y1={6} y2={6} stroke={color} strokeWidth={2} strokeDasharray={dashed ? '5 3' : undefined} />
      {marker === 'circle' ? (
        <circle cx={13} cy={6} r={4} fill={color} />
      ) : (
        <rect x={9.5} y={2.5} width={7} height={7} fill="#fff" stroke={color} strokeWidth={1.5} />
      )}
    </svg>
  );
}

function BandSwatch({ colors }: { colors: readonly string[] }) {
  const w = 16 / colors.length;
  return (
    <svg width={18} height={12} aria-hidden="true">
      {colors.map((color, i) => (
        <rect key={color} x={1 + i * w} y={1} width={w} height={10} fill={color} fillOpacity={0.25} />
      ))}
    </svg>
  );
}

/** What the marks of the sweep chart mean; the band is the min–max over seeds. */
export function SweepLegend({ kind, series, seeds }: { kind: GridKind; series: readonly number[]; seeds: number }) {
  const means = STRINGS.sweep.legend.means(seeds);
  if (kind === 'p') {
    return (
      <ul className="sweep-legend">
        <li>
          <LineSwatch color={palette.test} marker="circle" />
          {STRINGS.sweep.legend.testMse(means)}
        </li>
        <li>
          <LineSwatch color={palette.train} marker="square" />
          {STRINGS.sweep.legend.trainMse}
        </li>
        {seeds > 1 && (
          <li>
            <BandSwatch colors={[palette.test, palette.train]} />
            {STRINGS.sweep.legend.band}
          </li>
        )}
        <li>
          <svg width={18} height={18} aria-hidden="true">
            <circle cx={9} cy={9} r={6.5} fill="none" stroke={palette.highlight} strokeWidth={3} />
          </svg>
          {STRINGS.sweep.legend.lowest}
        </li>
      </ul>
    );
  }
  const [without, withDropout] = series;
  return (
    <ul className="sweep-legend">
      <li>
        <BandSwatch colors={[palette.runA]} />
        {STRINGS.sweep.legend.p(formatP(without ?? 0))}
      </li>
      <li>
        <BandSwatch colors={[palette.runB]} />
        {STRINGS.sweep.legend.p(formatP(withDropout ?? 0))}
      </li>
      <li>
        <LineSwatch color={palette.muted} marker="circle" />
        {STRINGS.sweep.legend.testMse(means)}
      </li>
      <li>
        <LineSwatch color={palette.muted} dashed marker="square" />
        {STRINGS.sweep.legend.trainMse}
      </li>
      {seeds > 1 && <li>{STRINGS.sweep.legend.testBand}</li>}
    </ul>
  );
}
