import { useId, useState } from 'react';

interface SliderProps {
  label: string;
  /** The allowed values, in order (the slider moves by index, so scales can be logarithmic). */
  values: readonly number[];
  value: number;
  format: (value: number) => string;
  onChange: (value: number) => void;
  /** Commit only when the drag or key press ends (for changes that start a new run). */
  commitOnRelease?: boolean;
  hint?: string;
}

function nearestIndex(values: readonly number[], value: number): number {
  let best = 0;
  values.forEach((v, i) => {
    if (Math.abs(v - value) < Math.abs(values[best] - value)) best = i;
  });
  return best;
}

/** A labelled slider over a list of values, showing the current value beside it. */
export function Slider({ label, values, value, format, onChange, commitOnRelease = false, hint }: SliderProps) {
  const id = useId();
  const [draft, setDraft] = useState<number | null>(null);
  // A new value from the store (a preset, Undo) replaces any unfinished drag.
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setDraft(null);
  }
  const shown = draft ?? value;
  const index = nearestIndex(values, shown);
  const commit = () => {
    if (draft !== null && draft !== value) onChange(draft);
    setDraft(null);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="slider-row">
        <input
          id={id}
          type="range"
          min={0}
          max={values.length - 1}
          step={1}
          value={index}
          aria-valuetext={format(values[index])}
          onChange={(e) => {
            const next = values[Number(e.currentTarget.value)];
            if (commitOnRelease) setDraft(next);
            else onChange(next);
          }}
          onPointerUp={commit}
          onKeyUp={commit}
          onBlur={commit}
        />
        <output htmlFor={id}>{format(values[index])}</output>
      </div>
      {hint && <p className="hint">{hint}</p>}
    </div>
  );
}
