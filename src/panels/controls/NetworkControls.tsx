import { useShallow } from 'zustand/react/shallow';
import { useAppState, useLab } from '../kit/context';
import { Select } from './Select';
import { Slider } from './Slider';
import { fitDropout, NEURONS } from './scales';
import { STRINGS } from '../kit/strings';

const LAYER_COUNTS = [1, 2, 3, 4];

/** Hidden layers, neurons per layer and activation. Each change starts a new run. */
export function NetworkControls() {
  const { session, app } = useLab();
  const layers = useAppState(useShallow((s) => s.config.hiddenLayers));
  const activation = useAppState((s) => s.config.activation);
  const width = layers[0] ?? 1;
  const sameWidth = layers.every((n) => n === width);
  return (
    <fieldset className="group">
      <legend>{STRINGS.controls.network.legend}</legend>
      <Slider
        label={STRINGS.controls.network.hiddenLayers}
        values={LAYER_COUNTS}
        value={layers.length}
        format={String}
        onChange={(count) =>
          session.setConfig({
            hiddenLayers: Array.from({ length: count }, (_, i) => layers[i] ?? width),
            dropout: fitDropout(app.getState().config.dropout, count),
          })
        }
        commitOnRelease
      />
      <Slider
        label={STRINGS.controls.network.neurons}
        values={NEURONS}
        value={width}
        format={String}
        onChange={(n) => session.setConfig({ hiddenLayers: layers.map(() => n) })}
        commitOnRelease
        hint={sameWidth ? STRINGS.controls.network.shape(layers) : STRINGS.controls.network.layersDiffer(layers)}
      />
      <Select
        label={STRINGS.controls.network.activation}
        value={activation}
        options={[
          { value: 'relu', label: STRINGS.controls.network.activations.relu },
          { value: 'tanh', label: STRINGS.controls.network.activations.tanh },
          { value: 'sigmoid', label: STRINGS.controls.network.activations.sigmoid },
        ]}
        onChange={(value) => session.setConfig({ activation: value })}
      />
    </fieldset>
  );
}
