import { ENSEMBLE_STRINGS as S } from './strings';

/** The fit panel's switch into the ensemble view and back. */
export function EnsembleButton({ on, onToggle }: { on: boolean; onToggle: () => void }) {
  return (
    <button type="button" className="fit-draw ensemble-button" aria-pressed={on} title={S.buttonHint} onClick={onToggle}>
      {S.button}
    </button>
  );
}
