import { PlayPauseButton } from '../kit/PlayPauseButton';
import { useShallow } from 'zustand/react/shallow';
import { formatPFixed } from '../../experiment/p-format';
import { mainP, withMainP } from '../../experiment/main-p';
import { useAppState, useLab } from '../kit/context';
import { STRINGS } from '../kit/strings';
import { DROP_RATES } from './scales';
import { Slider } from './Slider';

/**
 * On a phone the settings sit far below the fit: this compact bar keeps
 * play/pause and the drop probability in view while the student watches the
 * fit (CSS shows it on narrow screens only).
 */
export function PhoneBar() {
  const { session } = useLab();
  const dropout = useAppState(useShallow((s) => s.config.dropout));
  return (
    <div className="phone-bar" role="group" aria-label={STRINGS.controls.phoneBar}>
      <PlayPauseButton />
      <Slider
        label={STRINGS.controls.dropout.short}
        values={DROP_RATES}
        value={mainP(dropout)}
        format={(p) => STRINGS.controls.dropout.value(formatPFixed(p), formatPFixed(1 - p))}
        onChange={(p) => session.setConfig({ dropout: withMainP(dropout, p) })}
      />
    </div>
  );
}
