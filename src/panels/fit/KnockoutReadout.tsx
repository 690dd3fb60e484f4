import { useRef } from 'react';
import type { RunId } from '../../experiment/types';
import { useAppState } from '../kit/context';
import { formatLoss } from '../kit/format';
import { KNOCKOUT_STRINGS } from '../kit/strings-knockout';
import { useTelemetry } from '../kit/use-telemetry';

interface Props {
  /** The runs' names in compare mode, as the fit panel's legend gives them. */
  nameA: string;
  nameB: string;
}

/** The test MSE of each run with every neuron and with the knocked-out ones removed (shown while any is). */
export function KnockoutReadout({ nameA, nameB }: Props) {
  const count = useAppState((s) => s.frameOptions.knockout.length);
  const text = useRef<HTMLParagraphElement>(null);
  const names: Record<RunId, string> = { A: nameA, B: nameB };
  useTelemetry(
    ({ frame }) => {
      const node = text.current;
      if (node === null) return;
      const runs = frame?.runs ?? [];
      let next: string = KNOCKOUT_STRINGS.readoutWaiting;
      if (runs.length > 0 && runs.every((r) => r.knockout !== null)) {
        if (runs.length === 1) {
          const run = runs[0];
          next = KNOCKOUT_STRINGS.readout(count, formatLoss(run.testLoss), formatLoss(run.knockout?.testLoss ?? Number.NaN));
        } else {
          const parts = runs.map((r) => KNOCKOUT_STRINGS.readoutRun(names[r.run], formatLoss(r.testLoss), formatLoss(r.knockout?.testLoss ?? Number.NaN)));
          next = `${KNOCKOUT_STRINGS.readoutCompare(count)}: ${parts.join(' · ')}`;
        }
      }
      if (node.textContent !== next) node.textContent = next;
    },
    [count, nameA, nameB],
  );
  if (count === 0) return null;
  return <p ref={text} className="fit-knockout-readout" data-testid="knockout-readout" aria-label={KNOCKOUT_STRINGS.readoutLabel} />;
}
