import { useShallow } from 'zustand/react/shallow';
import { PLAYBACK_LIMITS } from '../../state/limits';
import { useAppState, useLab } from '../context';
import { NumberField } from './NumberField';
import { Select } from './Select';
import { Slider } from './Slider';
import { BATCH_SIZES, formatRate, L2_PENALTIES, LEARNING_RATES } from './scales';

/** Optimizer, learning rate, batch size, L2 (all live) and the auto-pause step. */
export function TrainingControls() {
  const { session } = useLab();
  const { optimizer, learningRate, batchSize, l2, n, custom, stopAt } = useAppState(
    useShallow((s) => ({
      optimizer: s.config.optimizer,
      learningRate: s.config.learningRate,
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
      <legend>Training</legend>
      <Select
        label="Optimizer"
        value={optimizer}
        options={[
          { value: 'adam', label: 'Adam' },
          { value: 'momentum', label: 'SGD with momentum' },
          { value: 'sgd', label: 'SGD' },
        ]}
        onChange={(value) => session.setConfig({ optimizer: value })}
      />
      <Slider label="Learning rate" values={LEARNING_RATES} value={learningRate} format={formatRate} onChange={(value) => session.setConfig({ learningRate: value })} />
      <Slider label="Batch size" values={sizes} value={batchSize} format={(b) => (b === 0 ? 'full batch' : String(b))} onChange={(value) => session.setConfig({ batchSize: value })} />
      <Slider label="L2 penalty λ" values={L2_PENALTIES} value={l2} format={(v) => (v === 0 ? 'off' : formatRate(v))} onChange={(value) => session.setConfig({ l2: value })} />
      <NumberField label="Stop at step" value={stopAt} min={PLAYBACK_LIMITS.stopAt.min} max={PLAYBACK_LIMITS.stopAt.max} note="0 = never" onChange={(value) => session.setConfig({ stopAt: value })} />
    </fieldset>
  );
}
