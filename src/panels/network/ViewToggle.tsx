import { useAppState, useLab } from '../kit/context';
import { STRINGS } from '../kit/strings';
import { KNOCKOUT_STRINGS } from '../kit/strings-knockout';

/** Training view (the latest dropout masks), test view (every neuron active, as at test time), or the robustness curve in place of the diagram. */
export function ViewToggle() {
  const { session } = useLab();
  const view = useAppState((s) => s.display.networkView);
  const robustness = useAppState((s) => s.frameOptions.robustness);
  const options = [
    { value: 'train', label: STRINGS.network.view.train, title: STRINGS.network.view.trainHint },
    { value: 'test', label: STRINGS.network.view.test, title: STRINGS.network.view.testHint },
  ] as const;
  return (
    <div className="nn-toggle" role="group" aria-label={STRINGS.network.view.group}>
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          className={!robustness && view === o.value ? 'primary' : undefined}
          aria-pressed={!robustness && view === o.value}
          title={o.title}
          onClick={() => {
            if (robustness) session.setFrameOptions({ robustness: false });
            session.setDisplay({ networkView: o.value });
          }}
        >
          {o.label}
        </button>
      ))}
      <button
        type="button"
        className={robustness ? 'primary' : undefined}
        aria-pressed={robustness}
        title={KNOCKOUT_STRINGS.robustness.toggleHint}
        onClick={() => session.setFrameOptions({ robustness: true })}
      >
        {KNOCKOUT_STRINGS.robustness.toggle}
      </button>
    </div>
  );
}
