import { prefersReducedMotion } from '../kit/motion';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useAppState, useLab } from '../kit/context';
import './lesson.css';
import { onTourRequest } from './tour-channel';
import { TourCard } from './TourCard';
import { scrollTarget } from './tour-scroll';
import { actionsFor, clampStep, stepText, TOUR_LENGTH } from './tour-steps';

/** Brings the panel a step talks about into frameOptions (stacked layouts only), below the card if the card sits on top. */
function showPanel(panel: string, card: HTMLElement | null): void {
  const element = document.querySelector(`[data-panel="${panel}"]`);
  if (!(element instanceof HTMLElement) || card === null) return;
  const cardBox = card.getBoundingClientRect();
  const top = scrollTarget({
    panelTop: element.getBoundingClientRect().top,
    scrollY: window.scrollY,
    viewportHeight: window.innerHeight,
    pageHeight: document.documentElement.scrollHeight,
    card: { top: cardBox.top, bottom: cardBox.bottom },
  });
  if (top === null) return;
  const smooth = !prefersReducedMotion();
  window.scrollTo({ top, behavior: smooth ? 'smooth' : 'auto' });
}

/**
 * The guided tour: a small, non-modal card with five steps. Each step sets up
 * the lab (a preset, frameOptions options) and says what to notice. Closing it leaves
 * the app as it is. Its open/step state lives here, in React state.
 */
export function Tour() {
  const { app, session } = useLab();
  const mcPasses = useAppState((s) => s.frameOptions.mcPasses);
  /** The step on show, or null while the tour is closed. */
  const [step, setStep] = useState<number | null>(null);
  /** Bumped on every request to open, so that focus moves to the card each time. */
  const [opened, setOpened] = useState(0);
  const cardRef = useRef<HTMLElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  const enter = useCallback(
    (index: number) => {
      const s = app.getState();
      const actions = actionsFor(index, { compare: s.playback.compare, dropout: s.config.dropout, frameOptions: s.frameOptions, display: s.display });
      if (actions.preset) session.applyPreset(actions.preset.patch, actions.preset.label, actions.preset.description);
      if (actions.frameOptions) session.setFrameOptions(actions.frameOptions);
      if (actions.display) session.setDisplay(actions.display);
      // Presenter mode shows one panel beside the fit: the one this step talks about.
      const panel = stepText(clampStep(index), { mcPasses: s.frameOptions.mcPasses }).panel;
      if (s.display.presenter && panel !== 'fit') session.setDisplay({ presenterPanel: panel });
      setStep(clampStep(index));
    },
    [app, session],
  );

  const close = useCallback(() => {
    setStep(null);
    const back = opener.current;
    opener.current = null;
    if (back?.isConnected) back.focus();
  }, []);

  useEffect(
    () =>
      onTourRequest(() => {
        const active = document.activeElement;
        if (!cardRef.current?.contains(active) && active instanceof HTMLElement && active !== document.body) opener.current = active;
        enter(0);
        setOpened((n) => n + 1);
      }),
    [enter],
  );

  useEffect(() => {
    if (opened > 0) cardRef.current?.focus({ preventScroll: true });
  }, [opened]);

  const panel = step === null ? null : stepText(step, { mcPasses }).panel;
  useEffect(() => {
    if (panel !== null) showPanel(panel, cardRef.current);
  }, [panel, step, opened]);

  // Escape also closes the tour when nothing in particular has focus.
  const open = step !== null;
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented && (event.target === document.body || event.target === document.documentElement)) close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, close]);

  if (step === null) return null;
  return (
    <TourCard
      cardRef={cardRef}
      step={step}
      total={TOUR_LENGTH}
      text={stepText(step, { mcPasses })}
      onBack={() => {
        if (step > 0) enter(step - 1);
      }}
      onNext={() => {
        if (step < TOUR_LENGTH - 1) enter(step + 1);
        else close();
      }}
      onClose={close}
    />
  );
}
