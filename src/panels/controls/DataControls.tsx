import { useShallow } from 'zustand/react/shallow';
import { SETTINGS } from '../../experiment/settings';
import { useAppState, useLab } from '../kit/context';
import { NumberField } from './NumberField';
import { Select } from './Select';
import { Slider } from './Slider';
import { NOISE_LEVELS, TRAIN_SIZES } from './scales';
import { STRINGS } from '../kit/strings';

const DATASET_OPTIONS = [
  { value: 'sine', label: STRINGS.controls.data.datasets.sine },
  { value: 'cubic', label: STRINGS.controls.data.datasets.cubic },
  { value: 'abs', label: STRINGS.controls.data.datasets.abs },
  { value: 'step', label: STRINGS.controls.data.datasets.step },
  { value: 'custom', label: STRINGS.controls.data.datasets.custom },
] as const;

function randomSeed(): number {
  const words = new Uint32Array(1);
  crypto.getRandomValues(words);
  return words[0] % (SETTINGS.seed.limits.max + 1);
}

/** The dataset, its size and noise, and the seed ("new data"). Each change starts a new run. */
export function DataControls() {
  const { session } = useLab();
  const { dataset, n, noise, seed, hasPoints } = useAppState(
    useShallow((s) => ({
      dataset: s.config.dataset,
      n: s.config.n,
      noise: s.config.noise,
      seed: s.config.seed,
      hasPoints: (s.config.points?.length ?? 0) >= 2,
    })),
  );
  const custom = dataset === 'custom';
  return (
    <fieldset className="group">
      <legend>{STRINGS.controls.data.legend}</legend>
      <Select
        label={STRINGS.controls.data.dataset}
        value={dataset}
        options={DATASET_OPTIONS.filter((o) => o.value !== 'custom' || hasPoints || custom)}
        onChange={(value) => session.setConfig({ dataset: value })}
      />
      {!custom && (
        <>
          <Slider
            label={STRINGS.controls.data.trainPoints}
            values={TRAIN_SIZES}
            value={n}
            format={String}
            onChange={(value) => session.setConfig({ n: value })}
            commitOnRelease
          />
          <Slider
            label={STRINGS.controls.data.noise}
            values={NOISE_LEVELS}
            value={noise}
            format={(v) => v.toFixed(2)}
            onChange={(value) => session.setConfig({ noise: value })}
            commitOnRelease
          />
        </>
      )}
      <div className="row">
        <NumberField
          label={STRINGS.controls.data.seed}
          value={seed}
          min={SETTINGS.seed.limits.min}
          max={SETTINGS.seed.limits.max}
          onChange={(value) => session.setConfig({ seed: value })}
        />
        <button type="button" onClick={() => session.setConfig({ seed: randomSeed() })} title={STRINGS.controls.data.newDataHint}>
          {STRINGS.controls.data.newData}
        </button>
      </div>
    </fieldset>
  );
}
