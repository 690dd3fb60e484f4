import { useShallow } from 'zustand/react/shallow';
import { useAppState } from '../kit/context';
import { useDeferredAppState } from '../kit/use-deferred-app-state';
import {
  bernoulliFormula,
  classicTestFormula,
  classicTrainFormula,
  invertedTestFormula,
  invertedTrainFormula,
  maskFormula,
  nextLayerFormula,
} from './formulas';
import { layersDiffer, typeset as t } from './numbers';
import { LESSON } from './strings';
import { RegularizersLesson } from './RegularizersLesson';
import { TourButton } from './TourButton';
import { EnsembleSection } from './EnsembleSection';
import { CoadaptationSection } from './CoadaptationSection';
import { useTrainPoints } from './use-train-points';
import { VariantCard } from './VariantCard';

/** The lesson's text, with the live figures of the current run (re-rendered with the throttled readouts). */
export function LessonBody() {
  const dropout = useDeferredAppState((s) => s.config.dropout);
  const variant = useAppState((s) => s.config.variant);
  const scheme = useAppState((s) => s.config.scheme);
  const activation = useAppState((s) => s.config.activation);
  const compare = useAppState((s) => s.playback.compare);
  const { step, trainLoss, testLoss } = useAppState(
    useShallow((s) => ({ step: s.readouts.step, trainLoss: s.readouts.trainLoss, testLoss: s.readouts.testLoss })),
  );
  const trainPoints = useTrainPoints();
  const live = { step, trainLoss, testLoss, trainPoints, dropout, compare };

  return (
    <div className="lesson-body">
      <TourButton />

      <h3>{t(LESSON.whyHeading)}</h3>
      <p>{t(LESSON.why)}</p>

      <h3>{t(LESSON.overfitHeading)}</h3>
      <p>{t(LESSON.overfitDefinition(trainPoints))}</p>
      <p className="lesson-live" data-testid="lesson-overfit">
        {t(LESSON.overfitLive(live))}
      </p>

      <h3>{t(LESSON.earlyHeading)}</h3>
      <p>{t(LESSON.early)}</p>

      <h3>{t(LESSON.howHeading)}</h3>
      <p data-testid="lesson-training">{t(LESSON.training(dropout))}</p>
      {LESSON.firstLayer(dropout) !== null && <p>{t(LESSON.firstLayer(dropout) ?? '')}</p>}
      <p>{t(LESSON.maskIntro)}</p>
      <div className="lesson-math">{bernoulliFormula()}</div>
      <p className="lesson-caption">{t(LESSON.maskCaption)}</p>
      <div className="lesson-math">{maskFormula()}</div>
      <p className="lesson-caption">{t(LESSON.productCaption)}</p>
      <div className="lesson-math">{nextLayerFormula()}</div>
      <p className="lesson-caption">{t(LESSON.nextCaption(LESSON.activationName(activation)))}</p>
      <p>{t(LESSON.testTime)}</p>

      <h3>{t(LESSON.scalingHeading)}</h3>
      <p>{t(LESSON.scalingWhy)}</p>
      {layersDiffer(dropout) && <p className="lesson-live">{t(LESSON.perLayerNote(dropout))}</p>}
      <VariantCard
        name={LESSON.invertedName}
        when={t(LESSON.invertedWhen)}
        train={invertedTrainFormula()}
        test={invertedTestFormula()}
        live={t(LESSON.invertedLive(dropout))}
        selected={variant === 'inverted'}
      />
      <VariantCard
        name={LESSON.classicName}
        when={t(LESSON.classicWhen)}
        train={classicTrainFormula()}
        test={classicTestFormula()}
        live={t(LESSON.classicLive(dropout))}
        selected={variant === 'classic'}
      />
      <p className="lesson-caption">{t(LESSON.paperNote)}</p>

      <EnsembleSection />

      <CoadaptationSection />

      <h3>{t(LESSON.schemesHeading)}</h3>
      <p>{t(LESSON.schemesIntro)}</p>
      {(['bernoulli', 'gaussian', 'dropconnect'] as const).map((name) => (
        <p key={name} data-scheme={name} className={name === scheme ? 'lesson-live' : undefined}>
          {name === scheme && <strong>{LESSON.schemeSelected}</strong>}
          {t(LESSON.schemes[name])}
        </p>
      ))}
      <p>{t(LESSON.meanField)}</p>
      <p className="lesson-caption">{t(LESSON.variantOnlyBernoulli)}</p>

      <RegularizersLesson />
    </div>
  );
}
