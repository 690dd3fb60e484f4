/** The ensemble button's words: on the first screen, so kept apart from the view's text (which loads with the view). */
export const ENSEMBLE_BUTTON = {
  label: 'Ensemble',
  hint: 'Compare the test-time network (the scaling rule) with the average of many thinned networks',
} as const;
