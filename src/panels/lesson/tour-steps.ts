/**
 * The guided tour as data: what each step sets up (a preset, frameOptions and display
 * options) and what it says. Pure, so the plan is testable without a page.
 */
import type { DisplayOptions } from '../../state/app-store';
import { type Preset, PRESETS } from '../../experiment/presets';
import type { FrameOptions } from '../../experiment/types';
import { dropoutOn } from './numbers';
import { TOUR } from './strings';

export type TourStepId = 'overfit' | 'dropout' | 'compare' | 'ghosts' | 'band';

/** The thinned-network curves step 4 shows. */
export const TOUR_GHOSTS = 5;

interface StepSpec {
  id: TourStepId;
  /** The preset the step loads; `whenNeeded` loads it only if dropout is off or compare mode is on. */
  preset: { id: string; whenNeeded: boolean } | null;
  /** `robustness: false` where the step shows the network diagram (the Robustness view would hide it). */
  frameOptions: Pick<FrameOptions, 'thinnedCurves' | 'mcBand'> & Partial<Pick<FrameOptions, 'robustness'>>;
  display: Partial<DisplayOptions>;
  /** The panel the step talks about first (scrolled into frameOptions on phones). */
  panel: 'fit' | 'network' | 'loss';
}

export const TOUR_STEPS: readonly StepSpec[] = [
  { id: 'overfit', preset: { id: 'overfitting', whenNeeded: false }, frameOptions: { thinnedCurves: 0, mcBand: false }, display: {}, panel: 'fit' },
  {
    id: 'dropout',
    preset: { id: 'dropout', whenNeeded: false },
    frameOptions: { thinnedCurves: 0, mcBand: false, robustness: false },
    display: { networkView: 'train' },
    panel: 'network',
  },
  {
    id: 'compare',
    preset: { id: 'compare', whenNeeded: false },
    frameOptions: { thinnedCurves: 0, mcBand: false },
    display: { compareLayout: 'side-by-side' },
    panel: 'fit',
  },
  { id: 'ghosts', preset: { id: 'dropout', whenNeeded: true }, frameOptions: { thinnedCurves: TOUR_GHOSTS, mcBand: false }, display: {}, panel: 'fit' },
  { id: 'band', preset: { id: 'dropout', whenNeeded: true }, frameOptions: { thinnedCurves: 0, mcBand: true }, display: {}, panel: 'fit' },
];

export const TOUR_LENGTH = TOUR_STEPS.length;

/** A step index kept inside the tour. */
export function clampStep(index: number): number {
  if (!Number.isFinite(index)) return 0;
  return Math.min(TOUR_LENGTH - 1, Math.max(0, Math.trunc(index)));
}

export function findPreset(id: string): Preset | null {
  return PRESETS.find((p) => p.id === id) ?? null;
}

/** The part of the app a step looks at before deciding what to change. */
export interface TourContext {
  compare: boolean;
  dropout: readonly number[];
  frameOptions: Pick<FrameOptions, 'thinnedCurves' | 'mcBand' | 'robustness'>;
  display: DisplayOptions;
}

export interface TourActions {
  preset: Preset | null;
  /** Only the frameOptions options that differ from now; null when nothing changes. */
  frameOptions: Partial<FrameOptions> | null;
  display: Partial<DisplayOptions> | null;
}

function changed<T extends object>(current: T, wanted: Partial<T>): Partial<T> | null {
  const patch: Partial<T> = {};
  let any = false;
  for (const key of Object.keys(wanted) as (keyof T)[]) {
    if (wanted[key] !== current[key]) {
      patch[key] = wanted[key];
      any = true;
    }
  }
  return any ? patch : null;
}

/** What entering step `index` changes, given the app as it is now. */
export function actionsFor(index: number, context: TourContext): TourActions {
  const spec = TOUR_STEPS[clampStep(index)];
  const needsRun = context.compare || !dropoutOn(context.dropout);
  const preset = spec.preset && (!spec.preset.whenNeeded || needsRun) ? findPreset(spec.preset.id) : null;
  return { preset, frameOptions: changed(context.frameOptions, spec.frameOptions), display: changed(context.display, spec.display) };
}

export interface TourText {
  /** data-panel of the panel to bring into view. */
  panel: StepSpec['panel'];
  title: string;
  body: string;
  notice: string;
}

/** The words of step `index`, with the numbers of the preset or frameOptions it sets. */
export function stepText(index: number, frameOptions: Pick<FrameOptions, 'mcPasses'>): TourText {
  const spec = TOUR_STEPS[clampStep(index)];
  const patch = (spec.preset ? findPreset(spec.preset.id)?.patch.config : undefined) ?? {};
  switch (spec.id) {
    case 'overfit':
      return { panel: spec.panel, title: TOUR.overfit.title, body: TOUR.overfit.body(patch.n ?? 0, patch.hiddenLayers ?? []), notice: TOUR.overfit.notice };
    case 'dropout':
      return { panel: spec.panel, title: TOUR.dropout.title, body: TOUR.dropout.body(patch.dropout ?? []), notice: TOUR.dropout.notice };
    case 'compare':
      return { panel: spec.panel, title: TOUR.compare.title, body: TOUR.compare.body(patch.dropout ?? []), notice: TOUR.compare.notice };
    case 'ghosts':
      return { panel: spec.panel, title: TOUR.ghosts.title, body: TOUR.ghosts.body(spec.frameOptions.thinnedCurves), notice: TOUR.ghosts.notice };
    case 'band':
      return { panel: spec.panel, title: TOUR.band.title, body: TOUR.band.body(frameOptions.mcPasses), notice: TOUR.band.notice };
  }
}
