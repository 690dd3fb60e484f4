import { useAppState, useLab } from '../kit/context';
import { STRINGS } from '../kit/strings';

/** Training view (the latest dropout masks) or test view (every neuron active, as at test time). */
export function ViewToggle() {
  const { session } = useLab();
  const view = useAppState((s) => s.display.networkView);
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
          className={view === o.value ? 'primary' : undefined}
          aria-pressed={view === o.value}
          title={o.title}
          onClick={() => session.setDisplay({ networkView: o.value })}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
