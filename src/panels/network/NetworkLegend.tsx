import { palette } from '../palette';

/** What the edge colours mean; widths follow |w| and only the strongest edges are drawn. */
export function NetworkLegend() {
  return (
    <span className="nn-legend">
      <span>
        <span className="nn-swatch" style={{ background: palette.weightPositive }} aria-hidden="true" />
        w &gt; 0
      </span>
      <span>
        <span className="nn-swatch" style={{ background: palette.weightNegative }} aria-hidden="true" />
        w &lt; 0
      </span>
      <span>width ∝ |w|, strongest only</span>
    </span>
  );
}
