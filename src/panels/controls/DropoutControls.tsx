import { formatPFixed } from '../../experiment/p-format';
import { mainP, mainPLayers, withMainP } from '../../experiment/main-p';
import { useShallow } from 'zustand/react/shallow';
import { useAppState, useLab } from '../kit/context';
import { Select } from './Select';
import { Slider } from './Slider';
import { DROP_RATES } from './scales';
import { STRINGS } from '../kit/strings';

const pLabel = (p: number) => STRINGS.controls.dropout.value(formatPFixed(p), formatPFixed(1 - p));

/** The drop probability p (with keep = 1 − p beside it), per layer if wanted, the scheme, the scaling variant and compare mode. */
export function DropoutControls() {
  const { session } = useLab();
  const dropout = useAppState(useShallow((s) => s.config.dropout));
  const variant = useAppState((s) => s.config.variant);
  const scheme = useAppState((s) => s.config.scheme);
  const compare = useAppState((s) => s.playback.compare);
  const uniform = mainPLayers(dropout.length).every((i) => dropout[i] === mainP(dropout));
  const hidden = useAppState(useShallow((s) => s.page.hide));
  return (
    <fieldset className="group">
      <legend>{STRINGS.controls.dropout.legend}</legend>
      <Slider
        label={STRINGS.controls.dropout.main(dropout.length)}
        values={DROP_RATES}
        value={mainP(dropout)}
        format={pLabel}
        onChange={(p) => session.setConfig({ dropout: withMainP(dropout, p) })}
        hint={!uniform ? STRINGS.controls.dropout.layersDiffer : dropout.length > 1 && dropout[0] === 0 ? STRINGS.controls.dropout.firstLayerNote : undefined}
      />
      {dropout.length > 1 && (
        <details>
          <summary>{STRINGS.controls.dropout.perLayer}</summary>
          {dropout.map((p, layer) => (
            <Slider
              key={layer}
              label={STRINGS.controls.dropout.layer(layer + 1)}
              values={DROP_RATES}
              value={p}
              format={pLabel}
              onChange={(next) => session.setConfig({ dropout: dropout.map((q, i) => (i === layer ? next : q)) })}
            />
          ))}
        </details>
      )}
      {!hidden.includes('scheme') && (
        <Select
          label={STRINGS.controls.dropout.scheme}
          value={scheme}
          options={[
            { value: 'bernoulli', label: STRINGS.controls.dropout.schemes.bernoulli },
            { value: 'gaussian', label: STRINGS.controls.dropout.schemes.gaussian },
            { value: 'dropconnect', label: STRINGS.controls.dropout.schemes.dropconnect },
          ]}
          onChange={(v) => session.setConfig({ scheme: v })}
        />
      )}
      {!hidden.includes('variant') && (
        <Select
          label={STRINGS.controls.dropout.scaling}
          value={variant}
          hint={scheme === 'bernoulli' ? undefined : STRINGS.controls.dropout.scalingOnlyBernoulli}
          options={[
            { value: 'inverted', label: STRINGS.controls.dropout.inverted },
            { value: 'classic', label: STRINGS.controls.dropout.classic },
          ]}
          onChange={(v) => session.setConfig({ variant: v })}
        />
      )}
      {!hidden.includes('compare') && (
        <label className="check">
          <input type="checkbox" checked={compare} onChange={(e) => session.setPlayback({ compare: e.currentTarget.checked })} />
          {STRINGS.controls.dropout.compare}
        </label>
      )}
    </fieldset>
  );
}
