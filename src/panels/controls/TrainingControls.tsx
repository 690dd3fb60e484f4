import { useShallow } from 'zustand/react/shallow';
import { SETTINGS } from '../../experiment/settings';
import { useAppState, useLab } from '../kit/context';
import { NumberField } from './NumberField';
import { Select } from './Select';
import { Slider } from './Slider';
import { BATCH_SIZES, formatRate, L2_PENALTIES, LEARNING_RATES, LR_HALF_LIVES } from './scales';
import { STRINGS } from '../kit/strings';

/** Optimizer, learning rate and its half-life, batch size, L2 (all live) and the auto-pause step. */
export function TrainingControls() {
  const { session } = useLab();
  const { optimizer, learningRate, lrHalfLife, batchSize, l2, n, custom, stopAt } = useAppState(
    useShallow((s) => ({
      optimizer: s.config.optimizer,
      learningRate: s.config.learningRate,
      lrHalfLife: s.config.lrHalfLife,
      batchSize: s.config.batchSize,
      l2: s.config.l2,
      n: s.config.n,
      custom: s.config.dataset === 'custom',
      stopAt: s.playback.stopAt,
    })),
  );
  const sizes = BATCH_SIZES.filter((b) => b === 0 || custom || b < n);
  return (
    <fieldset className="group">
      <legend>{STRINGS.controls.training.legend}</legend>
      <Select
        label={STRINGS.controls.training.optimizer}
        value={optimizer}
        options={[
          { value: 'adam', label: STRINGS.controls.training.optimizers.adam },
          { value: 'momentum', label: STRINGS.controls.training.optimizers.momentum },
          { value: 'sgd', label: STRINGS.controls.training.optimizers.sgd },
        ]}
        onChange={(value) => session.setConfig({ optimizer: value })}
      />
      <Slider
        label={STRINGS.controls.training.learningRate}
        values={LEARNING_RATES}
        value={learningRate}
        format={formatRate}
        onChange={(value) => session.setConfig({ learningRate: value })}
      />
      <Slider
        label={STRINGS.controls.training.halfLife}
        values={LR_HALF_LIVES}
        value={lrHalfLife}
        format={STRINGS.controls.training.halfLifeValue}
        onChange={(value) => session.setConfig({ lrHalfLife: value })}
      />
      <Slider
        label={STRINGS.controls.training.batchSize}
        values={sizes}
        value={batchSize}
        format={(b) => (b === 0 ? STRINGS.controls.training.fullBatch : String(b))}
        onChange={(value) => session.setConfig({ batchSize: value })}
      />
      <Slider
        label={STRINGS.controls.training.l2}
        values={L2_PENALTIES}
        value={l2}
        format={(v) => (v === 0 ? STRINGS.controls.training.off : formatRate(v))}
        onChange={(value) => session.setConfig({ l2: value })}
      />
      <NumberField
        label={STRINGS.controls.training.stopAt}
        value={stopAt}
        min={SETTINGS.stop.limits.min}
        max={SETTINGS.stop.limits.max}
        note={STRINGS.controls.training.stopAtNote}
        onChange={(value) => session.setPlayback({ stopAt: value })}
      />
    </fieldset>
  );
}
