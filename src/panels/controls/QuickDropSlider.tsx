import { useShallow } from 'zustand/react/shallow';
import { formatPFixed } from '../../experiment/p-format';
import { mainP, withMainP } from '../../experiment/main-p';
import { useAppState, useLab } from '../kit/context';
import { STRINGS } from '../kit/strings';
import { DROP_RATES } from './scales';
import { Slider } from './Slider';

/** The main drop probability (main-p.ts): the compact slider of the phone and presenter bars. */
export function QuickDropSlider() {
  const { session } = useLab();
  const dropout = useAppState(useShallow((s) => s.config.dropout));
  return (
    <Slider
      label={STRINGS.controls.dropout.short}
      values={DROP_RATES}
      value={mainP(dropout)}
      format={(p) => STRINGS.controls.dropout.value(formatPFixed(p), formatPFixed(1 - p))}
      onChange={(p) => session.setConfig({ dropout: withMainP(dropout, p) })}
    />
  );
}
