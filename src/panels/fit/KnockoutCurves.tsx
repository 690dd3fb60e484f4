import { useRef } from 'react';
import { mainRun } from '../../experiment/run-facts';
import type { Frame, RunFrame } from '../../training/protocol';
import { useAppState } from '../kit/context';
import { useTelemetry } from '../kit/use-telemetry';
import type { CurveSpec } from './FitPlot';
import { curvePath } from './paths';
import type { PlotScales } from './scales';

/** The dash of a prediction with the knocked-out neurons removed (the full prediction is solid). */
export const KNOCKOUT_DASH = '7 4';

function runOf(frame: Frame | null, curve: CurveSpec): RunFrame | undefined {
  if (frame === null) return undefined;
  return curve.run === 'main' ? mainRun(frame.runs) : frame.runs.find((r) => r.run === curve.run);
}

interface Props {
  curves: readonly CurveSpec[];
  scales: PlotScales;
  clip: string;
  width: number;
}

/** Beside each run's prediction, the same network with the knocked-out neurons removed: dashed, in the run's colour. */
export function KnockoutCurves({ curves, scales, clip, width }: Props) {
  const active = useAppState((s) => s.frameOptions.knockout.length > 0);
  const nodes = useRef<(SVGPathElement | null)[]>([]);
  useTelemetry(
    ({ data, frame }) => {
      curves.forEach((curve, i) => {
        const node = nodes.current[i];
        const knocked = active ? runOf(frame, curve)?.knockout : null;
        const d = data && knocked ? curvePath(data.gridX, knocked.prediction, scales.x, scales.y) : '';
        if (node && node.getAttribute('d') !== d) node.setAttribute('d', d);
      });
    },
    [curves, scales, active],
  );
  if (!active) return null;
  return (
    <g data-testid="knockout-curves">
      {curves.map((curve, i) => (
        <path
          key={`${curve.run}-${i}`}
          ref={(el) => {
            nodes.current[i] = el;
          }}
          className="fit-knockout-curve"
          data-run={curve.run}
          clipPath={clip}
          fill="none"
          stroke={curve.color}
          strokeWidth={width}
          strokeDasharray={KNOCKOUT_DASH}
          strokeLinecap="butt"
        />
      ))}
    </g>
  );
}
