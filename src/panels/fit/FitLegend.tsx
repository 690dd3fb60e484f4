import type { ReactNode } from 'react';
import { palette } from '../kit/palette';
import { STRINGS } from '../kit/strings';
import { KNOCKOUT_DASH } from './KnockoutCurves';

export interface LegendCurve {
  color: string;
  label: string;
}

interface LegendProps {
  showTest: boolean;
  showTruth: boolean;
  truthLabel: string;
  curves: LegendCurve[];
  band: boolean;
  thinnedCurves: boolean;
  neuron: string | null;
  /** Knock-outs: the dashed curves' words, or null. */
  knockout?: string | null;
}

function Item({ swatch, children }: { swatch: ReactNode; children: ReactNode }) {
  return (
    <li>
      <svg width={18} height={10} aria-hidden="true">
        {swatch}
      </svg>
      {children}
    </li>
  );
}

const line = (color: string, width = 2.5, dash?: string) => <line x1={1} x2={17} y1={5} y2={5} stroke={color} strokeWidth={width} strokeDasharray={dash} />;

/** What each mark in the fit plot means; only the layers on show are listed. */
export function FitLegend({ showTest, showTruth, truthLabel, curves, band, thinnedCurves, neuron, knockout = null }: LegendProps) {
  return (
    <ul className="fit-legend" aria-label={STRINGS.fit.legend.label}>
      <Item swatch={<circle cx={9} cy={5} r={4} fill={palette.train} />}>{STRINGS.fit.legend.train}</Item>
      {showTest && <Item swatch={<circle cx={9} cy={5} r={3.25} fill="none" stroke={palette.test} strokeWidth={1.5} />}>{STRINGS.fit.legend.test}</Item>}
      {showTruth && <Item swatch={line(palette.truth, 1.5, '5 3')}>{truthLabel}</Item>}
      {curves.map((c) => (
        <Item key={c.label} swatch={line(c.color)}>
          {c.label}
        </Item>
      ))}
      {band && <Item swatch={<rect x={1} y={1} width={16} height={8} fill={palette.band} />}>{STRINGS.fit.legend.band}</Item>}
      {thinnedCurves && <Item swatch={line(palette.ghost, 1.25)}>{STRINGS.fit.legend.ghosts}</Item>}
      {neuron && <Item swatch={line(palette.highlight, 2)}>{neuron}</Item>}
      {knockout && <Item swatch={line(palette.ink, 2, KNOCKOUT_DASH)}>{knockout}</Item>}
    </ul>
  );
}
