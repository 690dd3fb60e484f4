import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPLAY } from '../../state/app-store';
import { actionsFor, clampStep, findPreset, stepText, TOUR_GHOSTS, TOUR_LENGTH, TOUR_STEPS, type TourContext } from './tour-steps';
import { OVERFITTING_PRESET } from '../../experiment/presets';

const context = (patch: Partial<TourContext> = {}): TourContext => ({
  compare: false,
  dropout: [0.5, 0.5],
  frameOptions: { thinnedCurves: 0, mcBand: false, robustness: false },
  display: DEFAULT_DISPLAY,
  ...patch,
});

describe('the tour plan', () => {
  it('has five steps whose presets exist', () => {
    expect(TOUR_LENGTH).toBe(5);
    for (const step of TOUR_STEPS) if (step.preset) expect(findPreset(step.preset.id)).not.toBeNull();
  });

  it('the step about the masks closes the Robustness view (a link may have opened it), and only that step touches it', () => {
    const dropoutStep = TOUR_STEPS.findIndex((s) => s.id === 'dropout');
    const open = context({ frameOptions: { thinnedCurves: 0, mcBand: false, robustness: true } });
    expect(actionsFor(dropoutStep, open).frameOptions).toEqual({ robustness: false });
    TOUR_STEPS.forEach((_, i) => {
      if (i !== dropoutStep) expect(actionsFor(i, open).frameOptions?.robustness).toBeUndefined();
    });
  });

  it('keeps the step index inside the tour', () => {
    expect(clampStep(-1)).toBe(0);
    expect(clampStep(7)).toBe(4);
    expect(clampStep(2.6)).toBe(2);
    expect(clampStep(Number.NaN)).toBe(0);
  });

  it('loads the overfitting, dropout and compare presets in steps 1 to 3, whatever the app shows', () => {
    expect(actionsFor(0, context()).preset?.id).toBe('overfitting');
    expect(actionsFor(1, context()).preset?.id).toBe('dropout');
    expect(actionsFor(2, context()).preset?.id).toBe('compare');
  });

  it('switches the thinned networks and the band on and off as the steps need', () => {
    expect(actionsFor(0, context({ frameOptions: { thinnedCurves: 5, mcBand: true, robustness: false } })).frameOptions).toEqual({
      thinnedCurves: 0,
      mcBand: false,
    });
    expect(actionsFor(3, context()).frameOptions).toEqual({ thinnedCurves: TOUR_GHOSTS });
    expect(actionsFor(4, context({ frameOptions: { thinnedCurves: TOUR_GHOSTS, mcBand: false, robustness: false } })).frameOptions).toEqual({
      thinnedCurves: 0,
      mcBand: true,
    });
    expect(actionsFor(1, context()).frameOptions).toBeNull();
  });

  it('reloads the dropout run for steps 4 and 5 only when dropout is off or compare mode is on', () => {
    expect(actionsFor(3, context()).preset).toBeNull();
    expect(actionsFor(4, context()).preset).toBeNull();
    expect(actionsFor(3, context({ compare: true })).preset?.id).toBe('dropout');
    expect(actionsFor(4, context({ dropout: [0, 0] })).preset?.id).toBe('dropout');
  });

  it('shows the masks in step 2 and the side-by-side layout in step 3', () => {
    expect(actionsFor(1, context({ display: { ...DEFAULT_DISPLAY, networkView: 'test' } })).display).toEqual({ networkView: 'train' });
    expect(actionsFor(1, context()).display).toBeNull();
    expect(actionsFor(2, context({ display: { ...DEFAULT_DISPLAY, compareLayout: 'overlay' } })).display).toEqual({ compareLayout: 'side-by-side' });
  });

  it('gives every step a title, a body and something to notice, with the numbers it sets', () => {
    const titles = TOUR_STEPS.map((_, i) => stepText(i, { mcPasses: 30 }).title);
    expect(titles).toEqual(['Watch it overfit', 'Turn dropout on', 'Compare both', 'The thinned networks', 'The uncertainty band']);
    expect(stepText(0, { mcPasses: 30 }).body).toContain(`${OVERFITTING_PRESET.n} noisy points`);
    expect(stepText(1, { mcPasses: 30 }).body).toContain('p = 0.5');
    expect(stepText(3, { mcPasses: 30 }).body).toContain(`${TOUR_GHOSTS} faint`);
    expect(stepText(4, { mcPasses: 50 }).body).toContain('50 times');
    for (let i = 0; i < TOUR_LENGTH; i++) expect(stepText(i, { mcPasses: 30 }).notice.length).toBeGreaterThan(20);
  });
});
