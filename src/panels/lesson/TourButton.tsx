import { TOUR_BUTTON } from './strings-tour-button';
import { requestTour } from './tour-channel';

/** Starts the guided tour (the tour card must be mounted somewhere in the page). */
export function TourButton({ className }: { className?: string }) {
  return (
    <button type="button" className={className ?? 'tour-button'} title={TOUR_BUTTON.hint} onClick={requestTour}>
      {TOUR_BUTTON.label}
    </button>
  );
}
