/** The tour button's words: on the first screen, so kept apart from the lesson's text (which loads later). */
export const TOUR_BUTTON = {
  label: 'Take the tour',
  hint: 'Five short steps that set up the lab and say what to look at',
} as const;
