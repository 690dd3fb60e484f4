import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppState, useLab } from '../kit/context';
import { KNOCKOUT_STRINGS, neuronName } from '../kit/strings-knockout';
import type { KnockoutMode } from './use-knockout-mode';
import './knockout.css';

/** The knocked-out mark, for the legend and the list: a dark disc with a light bar. */
export function KnockedOutSwatch({ size = 12 }: { size?: number }) {
  const r = size / 2 - 1;
  return (
    <svg className="nn-ko-swatch" width={size} height={size} viewBox={`${-size / 2} ${-size / 2} ${size} ${size}`} aria-hidden="true">
      <circle r={r} fill="var(--ink)" />
      <path d={`M${-r * 0.7} 0H${r * 0.7}`} stroke="#fff" strokeWidth={2} strokeLinecap="round" />
    </svg>
  );
}

/** A hidden neuron by number: reaches every neuron, also those the diagram folds into "+N more". */
function NeuronPicker({ mode }: { mode: KnockoutMode }) {
  const hiddenLayers = useAppState(useShallow((s) => s.config.hiddenLayers));
  const knockout = useAppState((s) => s.frameOptions.knockout);
  const ids = useId();
  const [layer, setLayer] = useState(1);
  const [number, setNumber] = useState('1');
  const shownLayer = Math.min(Math.max(1, layer), hiddenLayers.length);
  const size = hiddenLayers[shownLayer - 1] ?? 1;
  const value = Number(number);
  const valid = number.trim() !== '' && Number.isInteger(value) && value >= 1 && value <= size;
  const neuron = { layer: shownLayer, index: value - 1 };
  const knocked = valid && knockout.some((n) => n.layer === neuron.layer && n.index === neuron.index);
  return (
    <fieldset>
      <legend>{KNOCKOUT_STRINGS.pickGroup}</legend>
      <label>
        {KNOCKOUT_STRINGS.pickLayer}{' '}
        <select value={shownLayer} onChange={(e) => setLayer(Number(e.currentTarget.value))}>
          {hiddenLayers.map((_, l) => (
            <option key={l} value={l + 1}>
              {l + 1}
            </option>
          ))}
        </select>
      </label>
      <label>
        {KNOCKOUT_STRINGS.pickIndex}{' '}
        <input
          type="number"
          min={1}
          max={size}
          step={1}
          value={number}
          aria-invalid={!valid}
          aria-describedby={valid ? undefined : `${ids}-error`}
          onChange={(e) => setNumber(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && valid) mode.toggle(neuron);
          }}
        />
      </label>
      <button type="button" disabled={!valid} onClick={() => mode.toggle(neuron)}>
        {KNOCKOUT_STRINGS.pickToggle(knocked)}
      </button>
      {!valid && (
        <p id={`${ids}-error`} className="nn-ko-error" role="alert">
          {KNOCKOUT_STRINGS.indexRange(shownLayer, size)}
        </p>
      )}
    </fieldset>
  );
}

/** In the test view: the knock-out mode's switch, Clear, and in the mode the picker; the list of knocked-out neurons. */
export function KnockoutTools({ mode }: { mode: KnockoutMode }) {
  const { session } = useLab();
  const knockout = useAppState((s) => s.frameOptions.knockout);
  return (
    <div className="nn-knockout-tools">
      <button
        type="button"
        aria-pressed={mode.on}
        className={mode.on ? 'primary' : undefined}
        title={KNOCKOUT_STRINGS.modeHint}
        onClick={() => mode.setOn(!mode.on)}
      >
        {KNOCKOUT_STRINGS.mode}
      </button>
      <button type="button" disabled={knockout.length === 0} onClick={() => session.setFrameOptions({ knockout: [] })}>
        {KNOCKOUT_STRINGS.clear}
      </button>
      {mode.on && <NeuronPicker mode={mode} />}
      {knockout.length > 0 && (
        <details className="nn-ko-details">
          <summary>{KNOCKOUT_STRINGS.count(knockout.length)}</summary>
          <ul className="nn-ko-list" aria-label={KNOCKOUT_STRINGS.listLabel}>
            {knockout.map((n) => (
              <li key={`${n.layer}:${n.index}`}>
                <button type="button" aria-label={KNOCKOUT_STRINGS.removeOne(n)} title={KNOCKOUT_STRINGS.removeOne(n)} onClick={() => mode.toggle(n)}>
                  <KnockedOutSwatch />
                  {neuronName(n)} ×
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
