import { LESSON } from './strings';
import { requestTour } from './tour-channel';

/** Starts the guided tour (the tour card must be mounted somewhere in the page). */
export function TourButton({ className }: { className?: string }) {
  return (
    <button type="button" className={className ?? 'tour-button'} title={LESSON.tourButtonHint} onClick={requestTour}>
      {LESSON.tourButton}
    </button>
  );
}
