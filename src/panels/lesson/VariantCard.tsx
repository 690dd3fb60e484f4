import type { ReactElement } from 'react';
import { LESSON } from './strings';

interface VariantCardProps {
  name: string;
  when: string;
  train: ReactElement;
  test: ReactElement;
  live: string;
  selected: boolean;
}

/** One dropout scaling: its formulas in training and at test time, evaluated with the current p; the selected one stands out. */
export function VariantCard({ name, when, train, test, live, selected }: VariantCardProps) {
  return (
    <div className={selected ? 'lesson-variant selected' : 'lesson-variant'} aria-current={selected ? 'true' : undefined}>
      <h4>
        {name}
        {selected && <span className="lesson-badge">{LESSON.selected}</span>}
      </h4>
      <p>{when}</p>
      <dl className="lesson-when">
        <dt>{LESSON.inTraining}</dt>
        <dd className="lesson-math">{train}</dd>
        <dt>{LESSON.atTest}</dt>
        <dd className="lesson-math">{test}</dd>
      </dl>
      <p className="lesson-live">{live}</p>
    </div>
  );
}
