import { useState } from 'react';
import { LessonBody } from './LessonBody';
import './lesson.css';
import { LESSON } from './strings';

/**
 * A short lesson on overfitting and dropout for the sidebar, closed by
 * default. Its sentences use the live figures of the current run; the body is
 * rendered (and follows the readouts) only while it is open.
 */
export function LessonPanel() {
  const [open, setOpen] = useState(false);
  return (
    <details className="lesson" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{LESSON.summary}</summary>
      {open && <LessonBody />}
    </details>
  );
}
