import { useLab } from '../kit/context';
import { PRESETS } from '../../experiment/presets';
import { STRINGS } from '../kit/strings';

export function Presets() {
  const { session } = useLab();
  return (
    <div className="presets" role="group" aria-label={STRINGS.controls.presets}>
      {PRESETS.map((preset) => (
        <button key={preset.id} type="button" title={preset.description} onClick={() => session.applyPreset(preset.patch, preset.label, preset.description)}>
          {preset.label}
        </button>
      ))}
    </div>
  );
}
