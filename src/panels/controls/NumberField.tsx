import { useId, useState } from 'react';
import { STRINGS } from '../kit/strings';

interface NumberFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
  /** Shown after the range in the error message, e.g. "0 = never". */
  note?: string;
}

/**
 * A whole-number input that never sends a bad value: text outside the range
 * gets a message naming the field and the allowed range, and the run keeps
 * its current value until the input is fixed.
 */
export function NumberField({ label, value, min, max, onChange, note }: NumberFieldProps) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  // A new value from the store (a preset, Undo) replaces what was typed.
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setText(String(value));
    setError(null);
  }
  const commit = () => {
    const trimmed = text.trim();
    const parsed = Number(trimmed);
    if (trimmed === '' || !Number.isInteger(parsed) || parsed < min || parsed > max) {
      setError(STRINGS.controls.wholeNumberError(label, min, max, note, value));
      return;
    }
    setError(null);
    if (parsed !== value) onChange(parsed);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        value={text}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setText(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
