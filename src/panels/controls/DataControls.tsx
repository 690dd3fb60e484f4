import { useShallow } from 'zustand/react/shallow';
import { DATA_LIMITS } from '../../state/limits';
import { useAppState, useLab } from '../context';
import { NumberField } from './NumberField';
import { Select } from './Select';
import { Slider } from './Slider';
import { NOISE_LEVELS, TRAIN_SIZES } from './scales';

const DATASET_OPTIONS = [
  { value: 'sine', label: 'sine: sin(πx)' },
  { value: 'cubic', label: 'cubic: 4x³ − 3x' },
  { value: 'abs', label: 'abs: 2|x| − 1' },
  { value: 'step', label: 'step' },
  { value: 'custom', label: 'custom (click the plot)' },
] as const;

function randomSeed(): number {
  const words = new Uint32Array(1);
  crypto.getRandomValues(words);
  return words[0] % (DATA_LIMITS.seed.max + 1);
}

/** The dataset, its size and noise, and the seed ("new data"). Each change starts a new run. */
export function DataControls() {
  const { session } = useLab();
  const { dataset, n, noise, seed, hasPoints } = useAppState(
    useShallow((s) => ({ dataset: s.config.dataset, n: s.config.n, noise: s.config.noise, seed: s.config.seed, hasPoints: (s.config.points?.length ?? 0) >= 2 })),
  );
  const custom = dataset === 'custom';
  return (
    <fieldset className="group">
      <legend>Data</legend>
      <Select
        label="Dataset"
        value={dataset}
        options={DATASET_OPTIONS.filter((o) => o.value !== 'custom' || hasPoints || custom)}
        onChange={(value) => session.setConfig({ dataset: value })}
      />
      {!custom && (
        <>
          <Slider label="Training points N" values={TRAIN_SIZES} value={n} format={String} onChange={(value) => session.setConfig({ n: value })} commitOnRelease />
          <Slider label="Noise σ" values={NOISE_LEVELS} value={noise} format={(v) => v.toFixed(2)} onChange={(value) => session.setConfig({ noise: value })} commitOnRelease />
        </>
      )}
      <div className="row">
        <NumberField label="Seed" value={seed} min={DATA_LIMITS.seed.min} max={DATA_LIMITS.seed.max} onChange={(value) => session.setConfig({ seed: value })} />
        <button type="button" onClick={() => session.setConfig({ seed: randomSeed() })} title="A new seed: new data and new initial weights">
          New data
        </button>
      </div>
    </fieldset>
  );
}
