import { palette } from '../kit/palette';
import { COMPARISON_STRINGS as S } from './strings-comparison';

/** What the marks of the comparison chart mean. */
export function ComparisonLegend({ seeds }: { seeds: number }) {
  return (
    <ul className="sweep-legend">
      <li>
        <svg width={14} height={14} aria-hidden="true">
          <circle cx={7} cy={7} r={4} fill={palette.muted} />
        </svg>
        {` ${S.legend.seed}`}
      </li>
      <li>
        <svg width={14} height={14} aria-hidden="true">
          <line x1={7} x2={7} y1={1} y2={13} stroke={palette.muted} strokeWidth={2.5} />
        </svg>
        {` ${S.legend.mean}`}
      </li>
      {seeds > 1 && (
        <li>
          <svg width={18} height={14} aria-hidden="true">
            <rect x={1} y={2} width={16} height={10} fill={palette.muted} fillOpacity={0.2} />
          </svg>
          {` ${S.legend.band}`}
        </li>
      )}
    </ul>
  );
}
