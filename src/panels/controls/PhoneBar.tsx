import { PlayPauseButton } from '../kit/PlayPauseButton';
import { STRINGS } from '../kit/strings';
import { QuickDropSlider } from './QuickDropSlider';

/**
 * On a phone the settings sit far below the fit: this compact bar keeps
 * play/pause and the drop probability in view while the student watches the
 * fit (CSS shows it on narrow screens only).
 */
export function PhoneBar() {
  return (
    <div className="phone-bar" role="group" aria-label={STRINGS.controls.phoneBar}>
      <PlayPauseButton />
      <QuickDropSlider />
    </div>
  );
}
