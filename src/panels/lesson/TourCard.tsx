import type { KeyboardEvent, Ref } from 'react';
import { useId } from 'react';
import { typeset } from './numbers';
import { TOUR } from './strings';
import type { TourText } from './tour-steps';

interface TourCardProps {
  cardRef: Ref<HTMLElement>;
  /** 0-based. */
  step: number;
  total: number;
  text: TourText;
  onBack(): void;
  onNext(): void;
  onClose(): void;
}

/** The tour's card: progress and Close, the step's words, Back and Next. Escape closes; ← and → move between steps. */
export function TourCard({ cardRef, step, total, text, onBack, onNext, onClose }: TourCardProps) {
  const id = useId();
  const first = step === 0;
  const last = step === total - 1;
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    } else if (event.key === 'ArrowRight' && !last) {
      event.preventDefault();
      onNext();
    } else if (event.key === 'ArrowLeft' && !first) {
      event.preventDefault();
      onBack();
    }
  };
  return (
    <section
      ref={cardRef}
      className="tour-card"
      role="dialog"
      aria-modal="false"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      data-tour-step={step + 1}
    >
      <div className="tour-top">
        <p className="tour-progress">
          {TOUR.label} · {TOUR.progress(step + 1, total)}
        </p>
        <button type="button" className="tour-close" onClick={onClose} title={TOUR.keysHint}>
          {TOUR.close}
        </button>
      </div>
      <div aria-live="polite" aria-atomic="true">
        <h2 id={`${id}-title`}>{text.title}</h2>
        <div id={`${id}-text`}>
          <p>{typeset(text.body)}</p>
          <p className="tour-notice">
            <strong>{TOUR.noticeLabel}:</strong> {typeset(text.notice)}
          </p>
        </div>
      </div>
      <div className="tour-buttons">
        <button type="button" aria-disabled={first} onClick={onBack}>
          {TOUR.back}
        </button>
        <button type="button" className="primary" onClick={onNext}>
          {last ? TOUR.finish : TOUR.next}
        </button>
      </div>
    </section>
  );
}
