import { palette } from '../kit/palette';
import { STRINGS } from '../kit/strings';

/** What the edge colours mean; widths follow |w| and only the strongest edges are drawn. */
export function NetworkLegend() {
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
    </span>
  );
}
