import type { ExperimentConfig } from '../../experiment/types';
import { palette } from '../kit/palette';
import { STRINGS } from '../kit/strings';
import { useAppState } from '../kit/context';
import { KNOCKOUT_STRINGS } from '../kit/strings-knockout';
import { KnockedOutSwatch } from './KnockoutTools';

interface Props {
  /** The scheme whose noise the figure shows now (training view, some p > 0), or null when it shows none. */
  noise: ExperimentConfig['scheme'] | null;
}

/** A neuron body as the figure draws it at factor 1 (half filled), for the legend (an SVG, so a figure export redraws it too). */
function NeuronSwatch({ negative }: { negative: boolean }) {
  return (
    <svg className="nn-legend-mark" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
      <circle
        className="nn-legend-body"
        cx="7"
        cy="7"
        r="5.5"
        stroke={negative ? palette.dropped : palette.ink}
        strokeWidth="1.25"
        strokeDasharray={negative ? '1.5 1' : undefined}
      />
    </svg>
  );
}

/** What the edge colours mean (widths follow |w|; only the strongest edges are drawn), and the marks of the scheme's noise. */
export function NetworkLegend({ noise }: Props) {
  const knockedOut = useAppState((s) => s.frameOptions.knockout.length > 0);
  return (
    <span className="nn-legend">
      <span>
        <span className="nn-swatch" style={{ background: palette.weightPositive }} aria-hidden="true" />
        {STRINGS.network.legend.positive}
      </span>
      <span>
        <span className="nn-swatch" style={{ background: palette.weightNegative }} aria-hidden="true" />
        {STRINGS.network.legend.negative}
      </span>
      <span>{STRINGS.network.legend.width}</span>
      {noise === 'gaussian' && (
        <>
          <span data-legend="noise-fill">
            <NeuronSwatch negative={false} />
            {STRINGS.network.legend.noiseFill}
          </span>
          <span data-legend="negative-factor">
            <NeuronSwatch negative />
            {STRINGS.network.legend.negativeFactor}
          </span>
        </>
      )}
      {noise === 'dropconnect' && (
        <span data-legend="dropped-weight">
          <svg className="nn-legend-mark" width="18" height="8" viewBox="0 0 18 8" aria-hidden="true">
            <line x1="1" y1="4" x2="17" y2="4" stroke={palette.dropped} strokeWidth="2" strokeDasharray="4 3" />
          </svg>
          {STRINGS.network.legend.droppedWeight}
        </span>
      )}
      {knockedOut && (
        <span>
          <KnockedOutSwatch />
          {KNOCKOUT_STRINGS.legend}
        </span>
      )}
    </span>
  );
}
