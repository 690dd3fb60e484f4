import { lazyPart } from '../kit/lazy-part';
import { runsOf } from '../../experiment/run-facts';
import { ChartTable } from '../kit/ChartTable';
import { fitTable } from '../kit/chart-tables';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppState, useLab } from '../kit/context';
import { useDeferredAppState } from '../kit/use-deferred-app-state';
import { FitActions, MAX_GHOSTS } from './FitActions';
import { FitLegend, type LegendCurve } from './FitLegend';
import { type CurveSpec, FitPlot, type RunChoice } from './FitPlot';
import { type AxisText, BASE_Y_DOMAIN, type Domain, layoutPlots, sameDomain, tickCount, tickText, yDomainFor } from './geometry';
import { dropoutLabel, hasDropout, neuronLabel } from './labels';
import { makeScales } from './scales';
import { usePointEditing } from './use-point-editing';
import './fit.css';
import { palette } from '../kit/palette';
import { Panel } from '../kit/Panel';
import { useSize } from '../kit/use-size';
import { type ChartStyle, useChartStyle } from '../kit/chart-style';
import { scaleLinear } from 'd3-scale';
import { useTelemetry } from '../kit/use-telemetry';
import { registerVectorExport } from '../kit/vector-export';
import { writeFitMarks } from './canvas-layer';
import { STRINGS } from '../kit/strings';
import { KNOCKOUT_STRINGS } from '../kit/strings-knockout';
import { KnockoutReadout } from './KnockoutReadout';

// The ensemble view (its charts, tables and styles) loads when first opened.
const EnsembleView = lazyPart(
  STRINGS.lazyPart.names.ensembleView,
  () => import('../ensemble/EnsembleView'),
  (m) => m.EnsembleView,
);

/** The y tick labels' size: the widest label of the ticks this height gets, measured at the chart's text size. */
function axisText(style: ChartStyle, yDomain: Domain, height: number): AxisText {
  const labels = scaleLinear().domain(yDomain).ticks(tickCount(height)).map(tickText);
  return { text: style.text, yLabelWidth: Math.max(style.measure('0'), ...labels.map(style.measure)) };
}

/** Two texts in one place: the room of the longer, the words of one. */
function Swap({ first, second, showSecond }: { first: string; second: string; showSecond: boolean }) {
  return (
    <div className="fit-swap">
      <p aria-hidden={showSecond} className={showSecond ? 'hidden' : undefined}>
        {first}
      </p>
      <p aria-hidden={!showSecond} className={showSecond ? undefined : 'hidden'}>
        {second}
      </p>
    </div>
  );
}

interface PlotSpec {
  title: string | null;
  shortTitle: string | null;
  titleColor: string;
  curves: CurveSpec[];
  layersRun: RunChoice | null;
  runs: RunChoice[];
}

/** The data, the true function and the network's prediction: a fit that follows the trend, or one that chases the noise. */
export function FitPanel() {
  const plotRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const size = useSize(plotRef);
  useEffect(() => {
    const svg = svgRef.current;
    return svg === null ? undefined : registerVectorExport(svg, (copy) => writeFitMarks(svg, copy));
  }, []);
  const chartStyle = useChartStyle(plotRef);
  const { compare, layout, showTest, showTruthSetting } = useAppState(
    useShallow((s) => ({ compare: s.playback.compare, layout: s.display.compareLayout, showTest: s.display.showTest, showTruthSetting: s.display.showTruth })),
  );
  const custom = useAppState((s) => s.config.dataset === 'custom');
  const dropout = useDeferredAppState((s) => s.config.dropout);
  const mcBand = useAppState((s) => s.frameOptions.mcBand);
  const ghosts = useAppState((s) => s.frameOptions.thinnedCurves);
  const hovered = useAppState((s) => s.frameOptions.hoveredNeuron);
  const knockedOut = useAppState((s) => s.frameOptions.knockout.length > 0);

  // The y range follows the data only, so the axes hold still while the model trains.
  const [yDomain, setYDomain] = useState<Domain>(BASE_Y_DOMAIN);
  const [counts, setCounts] = useState({ train: 0, test: 0 });
  const seenData = useRef<unknown>(null);
  useTelemetry(({ data }) => {
    if (data === seenData.current) return;
    seenData.current = data;
    const next = yDomainFor(data);
    setYDomain((prev) => (sameDomain(prev, next) ? prev : next));
    const train = data?.trainX.length ?? 0;
    const test = data?.testX.length ?? 0;
    setCounts((prev) => (prev.train === train && prev.test === test ? prev : { train, test }));
  });

  const sideBySide = compare && layout === 'side-by-side';
  const axis = useMemo(() => axisText(chartStyle, yDomain, size.height), [chartStyle, yDomain, size.height]);
  const boxes = useMemo(() => layoutPlots(size.width, size.height, sideBySide ? 2 : 1, sideBySide, axis), [size.width, size.height, sideBySide, axis]);
  const scales = useMemo(() => boxes.map((box) => makeScales(box.inner, yDomain)), [boxes, yDomain]);
  const [drawing, setDrawing] = useState(false);
  // The ensemble view is a page setting, so that a link can open it.
  const ensemble = useAppState((s) => s.page.ensemble);
  const { session } = useLab();
  const editing = usePointEditing({ boxes, scales, yDomain, showTest, drawing });
  const keptTruth = custom ? editing.keptTruth : null;

  const truthAvailable = !custom || keptTruth !== null;
  const showTruth = showTruthSetting && truthAvailable;
  const withDropout = hasDropout(dropout);
  const bName = withDropout ? STRINGS.fit.withDropout(dropoutLabel(dropout)) : STRINGS.fit.alsoNoDropout;
  const runA: CurveSpec = { run: 'A', color: palette.runA, name: STRINGS.fit.noDropout };
  const runB: CurveSpec = { run: 'B', color: palette.runB, name: bName };
  const plots: PlotSpec[] = !compare
    ? [
        {
          title: null,
          shortTitle: null,
          titleColor: palette.model,
          curves: [{ run: 'main', color: palette.model, name: STRINGS.fit.model }],
          layersRun: 'main',
          runs: ['main'],
        },
      ]
    : sideBySide
      ? [
          { title: STRINGS.fit.titleA, shortTitle: STRINGS.fit.shortTitleA, titleColor: palette.runA, curves: [runA], layersRun: null, runs: ['A'] },
          {
            title: STRINGS.fit.titleB(bName),
            shortTitle: STRINGS.fit.titleB(dropoutLabel(dropout)),
            titleColor: palette.runB,
            curves: [runB],
            layersRun: 'B',
            runs: ['B'],
          },
        ]
      : [{ title: null, shortTitle: null, titleColor: palette.model, curves: [runA, runB], layersRun: 'B', runs: runsOf(true) }];
  const legendCurves: LegendCurve[] = compare
    ? [
        { color: palette.runA, label: STRINGS.fit.noDropout },
        { color: palette.runB, label: bName },
      ]
    : [{ color: palette.model, label: STRINGS.fit.model }];
  const neuronName = hovered ? neuronLabel(hovered) : null;

  const notes: string[] = [];
  if ((mcBand || ghosts > 0) && !withDropout) notes.push(STRINGS.fit.needsDropout);
  const status = editing.message || notes.join(' ') || (!drawing ? STRINGS.fit.draw.offHint : editing.focused ? STRINGS.fit.keyHint : STRINGS.fit.clickHint);
  const heldOut = STRINGS.fit.draw.heldOut(counts.test, counts.train + counts.test);
  // Before the first edit, the words the first added point will bring (a quarter held out), to reserve their room.
  const firstTotal = counts.train + 1;
  const heldOutAfterFirstEdit = STRINGS.fit.draw.heldOut(Math.max(1, Math.floor(firstTotal / 4)), firstTotal);

  const pointsText = STRINGS.fit.pointCounts(counts.train, counts.test);
  const truthText = showTruth ? STRINGS.fit.trueFunctionClause : '';
  const description = compare ? STRINGS.fit.describeCompare(bName, pointsText, truthText) : STRINGS.fit.describe(pointsText, truthText);

  return (
    <Panel
      id="fit"
      title={STRINGS.fit.title}
      actions={
        <FitActions
          truthAvailable={truthAvailable}
          drawing={drawing}
          onToggleDrawing={() => setDrawing(!drawing)}
          ensemble={ensemble}
          onToggleEnsemble={() => {
            session.setEnsembleView(!ensemble);
            setDrawing(false);
          }}
        />
      }
    >
      {ensemble && <EnsembleView />}
      {ensemble ? null : drawing ? (
        // Both wordings take their place while drawing, one of them hidden, so the plot never moves under the pointer.
        <div className="fit-draw-note" data-testid="fit-draw-note">
          <Swap first={STRINGS.fit.draw.startGenerated(counts.train)} second={STRINGS.fit.draw.startCustom} showSecond={custom} />
          <Swap first={STRINGS.fit.draw.willHoldOut} second={custom ? heldOut : heldOutAfterFirstEdit} showSecond={custom} />
        </div>
      ) : (
        custom && (
          <div className="fit-draw-note" data-testid="fit-draw-note">
            <p>{heldOut}</p>
          </div>
        )
      )}
      <div
        ref={plotRef}
        hidden={ensemble}
        className={`plot fit-plot${drawing ? ' drawing' : ''}`}
        data-train-points={counts.train}
        data-test-points={counts.test}
        {...(drawing ? { tabIndex: 0, role: 'application', 'aria-label': STRINGS.fit.keysLabel, 'aria-describedby': 'fit-status' } : {})}
        {...editing.handlers}
      >
        <canvas ref={canvasRef} aria-hidden="true" style={{ width: size.width, height: size.height }} />
        <svg ref={svgRef} width={size.width} height={size.height} role="img" aria-label={description}>
          {plots.map((plot, i) => (
            <FitPlot
              key={`${plots.length}-${i}`}
              box={boxes[i]}
              scales={scales[i]}
              chartStyle={chartStyle}
              title={plot.title}
              shortTitle={plot.shortTitle}
              titleColor={plot.titleColor}
              curves={plot.curves}
              layersRun={plot.layersRun}
              mcBand={mcBand && plot.layersRun !== null}
              ghostCount={plot.layersRun === null ? 0 : Math.max(0, Math.min(MAX_GHOSTS, ghosts))}
              showTest={showTest}
              showTruth={showTruth}
              keptTruth={keptTruth}
              neuronName={neuronName !== null && hovered !== null && plot.runs.some((r) => r === 'main' || r === hovered.run) ? neuronName : null}
              cursor={editing.cursor}
              canvas={canvasRef}
              canvasSize={size}
            />
          ))}
        </svg>
      </div>
      <div className="fit-footer" hidden={ensemble}>
        <FitLegend
          showTest={showTest}
          showTruth={showTruth}
          truthLabel={keptTruth !== null ? STRINGS.fit.keptTruthLegend : STRINGS.fit.legend.truth}
          curves={legendCurves}
          band={mcBand && withDropout}
          thinnedCurves={ghosts > 0 && withDropout}
          neuron={neuronName && STRINGS.fit.neuronOutput(neuronName)}
          knockout={knockedOut ? KNOCKOUT_STRINGS.fitLegendOne : null}
        />
        <KnockoutReadout nameA={STRINGS.fit.noDropout} nameB={bName} />
        <p id="fit-status" className="fit-status" aria-live="polite">
          {status}
        </p>
      </div>
      {!ensemble && <ChartTable caption={STRINGS.fit.tableCaption} build={fitTable} />}
    </Panel>
  );
}
