import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { mainRun } from '../../experiment/run-facts';
import { isTraining } from '../../state/app-store';
import type { DataMessage, EnsembleMessage } from '../../training/protocol';
import { ChartTable } from '../kit/ChartTable';
import { useChartStyle } from '../kit/chart-style';
import { useAppState, useLab } from '../kit/context';
import { formatLoss } from '../kit/format';
import { useSize } from '../kit/use-size';
import { useTelemetry } from '../kit/use-telemetry';
import { EnsembleCurves } from './EnsembleCurves';
import { meanSquaredDifference, mcCurve, meeting } from './ensemble-math';
import { ensemblePredictionTable, ensembleTable } from './ensemble-table';
import { KPlot } from './KPlot';
import { ENSEMBLE_LINES } from './lines';
import { ENSEMBLE_STRINGS as S } from './strings';
import './ensemble.css';

/** While training, a new answer is asked for this long after the last one came. */
const REFRESH_MS = 3000;
/** A request unanswered this long (a restarted worker) is sent again. */
const RETRY_MS = 20000;
/** The k shown first: the paper's "about 50". */
const FIRST_K = 50;

/** A legend's sample of a line: its hue and dash, or (`solid`, `dot`) the k plot's one-draw line with its points. */
function Swatch({ line, solid = false, dot = false }: { line: keyof typeof ENSEMBLE_LINES; solid?: boolean; dot?: boolean }) {
  const spec = ENSEMBLE_LINES[line];
  return (
    <svg className="ensemble-swatch" width="22" height="10" aria-hidden="true">
      <line x1="1" x2="21" y1="5" y2="5" stroke={spec.color} strokeWidth="2.5" strokeDasharray={solid ? undefined : spec.dash(1.2)} strokeLinecap="round" />
      {dot && <circle cx="11" cy="5" r="3" fill={spec.color} />}
    </svg>
  );
}

/**
 * The fit panel's ensemble mode: the test-time network (the weight-scaling rule) beside the
 * average of k thinned networks and, for a small network, the exact average of all of them;
 * their test MSEs, how far apart they are, and the MC average's test MSE against k. The worker
 * computes it on request (in slices, on a copy of the weights); this asks again while training.
 */
export function EnsembleView() {
  const { session, telemetry } = useLab();
  const { compare, scheme, training } = useAppState(useShallow((s) => ({ compare: s.playback.compare, scheme: s.config.scheme, training: isTraining(s) })));
  const dropout = useAppState(useShallow((s) => s.config.dropout));
  const withDropout = dropout.some((p) => p > 0);
  const bernoulli = scheme === 'bernoulli';
  const [message, setMessage] = useState<EnsembleMessage | null>(null);
  const [data, setData] = useState<DataMessage | null>(null);
  const [kIndex, setKIndex] = useState<number | null>(null);
  const requestedAt = useRef<number | null>(null);
  const arrivedAt = useRef(-Infinity);
  const curvesRef = useRef<HTMLDivElement>(null);
  const kPlotRef = useRef<HTMLDivElement>(null);
  const curvesSize = useSize(curvesRef, { width: 320, height: 200 });
  const kPlotSize = useSize(kPlotRef, { width: 240, height: 200 });
  const chartStyle = useChartStyle(curvesRef);

  useTelemetry(({ ensemble, data: d }) => {
    if (ensemble !== message) {
      setMessage(ensemble);
      if (ensemble !== null) {
        requestedAt.current = null;
        arrivedAt.current = performance.now();
      }
    }
    if (d !== data) setData(d);
  });

  useEffect(() => {
    if (!bernoulli) return;
    const ask = () => {
      const now = performance.now();
      if (requestedAt.current !== null && now - requestedAt.current < RETRY_MS) return;
      const { ensemble, frame } = telemetry.getState();
      const step = frame ? (mainRun(frame.runs)?.step ?? -1) : -1;
      if (ensemble !== null && (ensemble.step === step || now - arrivedAt.current < REFRESH_MS)) return;
      requestedAt.current = now;
      session.requestEnsemble();
    };
    ask();
    const timer = setInterval(ask, 500);
    return () => {
      clearInterval(timer);
      requestedAt.current = null;
      session.stopEnsemble();
    };
  }, [bernoulli, session, telemetry]);

  const checkpoints = message?.checkpoints ?? [];
  const index = kIndex ?? Math.max(0, checkpoints.indexOf(FIRST_K));
  const k = checkpoints[index] ?? FIRST_K;
  const mc = message ? mcCurve(message, index) : null;
  const exactAvailable = message?.exact !== null && message !== null;
  const met = message ? meeting(message) : null;

  const pairs: Array<[string, number]> = [];
  if (message && mc) {
    pairs.push([S.pair(S.short.scaling, S.short.mc(k)), meanSquaredDifference(message.scaling, mc)]);
    if (message.exact) {
      pairs.push([S.pair(S.short.scaling, S.short.exact), meanSquaredDifference(message.scaling, message.exact)]);
      pairs.push([S.pair(S.short.mc(k), S.short.exact), meanSquaredDifference(mc, message.exact)]);
    }
  }

  const notes: string[] = [];
  if (!bernoulli) notes.push(S.otherScheme);
  else if (!withDropout) notes.push(S.noDropout);
  if (compare) notes.push(S.compareNote);

  return (
    <div className="ensemble" data-testid="ensemble-view" data-step={message?.step ?? ''}>
      {notes.length > 0 && <p className="ensemble-note">{notes.join(' ')}</p>}
      <p className="ensemble-status" role="status">
        {message === null && bernoulli ? S.computing(training) : ''}
      </p>
      <div className="ensemble-charts">
        <div className="ensemble-chart">
          <p className="ensemble-chart-title">{S.curvesTitle}</p>
          <div ref={curvesRef} className="plot ensemble-plot" data-testid="ensemble-curves">
            <svg width={curvesSize.width} height={curvesSize.height} role="img" aria-label={S.curves.chartLabel(exactAvailable)}>
              <EnsembleCurves width={curvesSize.width} height={curvesSize.height} chartStyle={chartStyle} data={data} message={message} mc={mc} />
            </svg>
          </div>
          <ul className="ensemble-legend">
            <li>
              <Swatch line="scaling" />
              {S.curves.scaling}
            </li>
            <li>
              <Swatch line="mc" />
              {S.curves.mc(k)}
            </li>
            {exactAvailable && (
              <li>
                <Swatch line="exact" />
                {S.curves.exact}
              </li>
            )}
          </ul>
        </div>
        <div className="ensemble-chart">
          <p className="ensemble-chart-title">{S.kPlot.title}</p>
          <div ref={kPlotRef} className="plot ensemble-plot" data-testid="ensemble-k-plot">
            <svg width={kPlotSize.width} height={kPlotSize.height} role="img" aria-label={S.kPlot.chartLabel}>
              {message && <KPlot width={kPlotSize.width} height={kPlotSize.height} chartStyle={chartStyle} message={message} k={k} />}
            </svg>
          </div>
          <ul className="ensemble-legend">
            <li>
              <Swatch line="mc" solid dot />
              {S.kPlot.mc}
            </li>
            <li>
              <Swatch line="mc" />
              {S.kPlot.expected}
            </li>
            <li>
              <Swatch line="scaling" />
              {S.kPlot.scaling}
            </li>
            {exactAvailable && (
              <li>
                <Swatch line="exact" />
                {S.kPlot.exact}
              </li>
            )}
          </ul>
        </div>
      </div>
      <div className="ensemble-controls">
        <label>
          {S.kControl}
          <input
            type="range"
            min={0}
            max={Math.max(0, checkpoints.length - 1)}
            step={1}
            value={index}
            disabled={message === null}
            aria-valuetext={S.kValue(k)}
            onChange={(e) => setKIndex(Number(e.currentTarget.value))}
          />
        </label>
        <output data-testid="ensemble-k">{S.kValue(k)}</output>
      </div>
      {message !== null && (
        <div className="ensemble-readouts" aria-live="polite">
          <p data-testid="ensemble-test-mse">
            <strong>{S.testMse}:</strong> {S.short.scaling} {formatLoss(message.testMse.scaling)} ·{' '}
            <span data-testid="ensemble-mc-mse">
              {S.short.mc(k)} {formatLoss(message.testMse.mc[index])}
            </span>
            {message.testMse.exact !== null && ` · ${S.short.exact} ${formatLoss(message.testMse.exact)}`}
          </p>
          <p data-testid="ensemble-differences">
            <strong>{S.differences}:</strong> {pairs.map(([name, value]) => `${name} ${formatLoss(value)}`).join(' · ')}
          </p>
          <p data-testid="ensemble-meeting">
            {met?.kind === 'meets' ? S.meets(met.k, met.below) : met?.kind === 'never' ? S.never(met.gap) : ''} {S.paper}
          </p>
          <p className="ensemble-fine">
            {exactAvailable ? S.exactNote(message.hiddenNeurons) : S.noExact(message.hiddenNeurons)} {S.stepNote(message.step, training)}
          </p>
        </div>
      )}
      <ChartTable toggle={S.predictionTableToggle} caption={S.predictionTableCaption} build={(t) => ensemblePredictionTable(t, index)} />
      <ChartTable toggle={S.kTableToggle} caption={S.tableCaption} build={ensembleTable} />
    </div>
  );
}
