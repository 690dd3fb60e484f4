import { lazyPart } from '../kit/lazy-part';
import { runsOf, layerSizes } from '../../experiment/run-facts';
import { ChartTable } from '../kit/ChartTable';
import { networkTable } from '../kit/chart-tables';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Frame } from '../../training/protocol';
import type { RunId } from '../../experiment/types';
import { useAppState } from '../kit/context';
import { useDeferredAppState } from '../kit/use-deferred-app-state';
import { collectFigureDom, drawNoise, edgeCounts, figureEdges, type FigureDom, sameNeurons } from './draw-figure';
import { type EdgeLayer, paintEdges } from './edge-canvas';
import { sizeCanvas } from '../kit/canvas';
import { EDGE_BUCKETS, segmentsPath } from './edge-paths';
import { MaskHold, type RunNoise } from './mask-hold';
import { registerVectorExport } from '../kit/vector-export';
import { type DiagramPlan, planDiagram, stacksAt } from './figure-plan';
import { diagramCaption } from './labels';
import { NetworkFigure } from './NetworkFigure';
import { NetworkLegend } from './NetworkLegend';
import './network.css';
import { NeuronTooltip, tooltipAnchor } from './NeuronTooltip';
import { diagramSummary, tooltipLines } from './tooltip-text';
import { useNeuronFocus } from './use-neuron-focus';
import { ViewToggle } from './ViewToggle';
import { knockedOutTest } from './knockout-marks';
import { KnockoutTools } from './KnockoutTools';
import { useKnockoutMode } from './use-knockout-mode';
import { Panel } from '../kit/Panel';
import { useSize } from '../kit/use-size';
import { useChartStyle } from '../kit/chart-style';
import { useTelemetry } from '../kit/use-telemetry';
import { STRINGS } from '../kit/strings';
import { KNOCKOUT_STRINGS } from '../kit/strings-knockout';

// The robustness view (its chart, table and styles) loads when first opened.
const RobustnessChart = lazyPart(
  STRINGS.lazyPart.names.robustnessView,
  () => import('./RobustnessChart'),
  (m) => m.RobustnessChart,
);

/** The frame's shape (layer sizes and runs) as a string: the only frame data that changes the React structure. */
function shapeOf(frame: Frame | null): string | null {
  return frame === null ? null : `${frame.sizes.join(',')}|${frame.runs.map((r) => r.run).join(',')}`;
}

function parseShape(shape: string): { sizes: number[]; runs: RunId[] } {
  const [sizes, runs] = shape.split('|');
  return { sizes: sizes.split(',').map(Number), runs: runs.split(',').filter((r): r is RunId => r === 'A' || r === 'B') };
}

function setText(element: HTMLElement | null, text: string): void {
  if (element !== null && element.textContent !== text) element.textContent = text;
}

/** What the edge canvas shows; it is repainted only when one of these changed. */
interface Painted {
  frame: Frame | null;
  noise: readonly RunNoise[];
  plan: DiagramPlan;
  showMasks: boolean;
  knockedOut: (layer: number, index: number) => boolean;
  width: number;
  height: number;
  ratio: number;
}

/** Writes the edges on show into a clone of the diagram's <svg>, as the paths of each figure's buckets. */
function writeEdgePaths(copy: SVGSVGElement, runs: readonly RunId[], layer: EdgeLayer): void {
  runs.forEach((run, i) => {
    const figure = copy.querySelector(`g[data-figure="${run}"]`);
    layer[i]?.forEach((pair, p) =>
      EDGE_BUCKETS.forEach((_, b) => {
        const d = segmentsPath(pair[b] ?? []);
        const path = figure?.querySelector(`path[data-pair="${p}"][data-bucket="${b}"]`);
        if (path && d !== '') path.setAttribute('d', d);
      }),
    );
  });
}

/**
 * The classic dropout figure, live: the network with this step's dropped
 * neurons crossed out, or (compare mode) a standard network next to a thinned
 * one. Edges are stroked on a canvas under the SVG, which keeps the neurons,
 * labels, focus and accessible names; masks change at a rate a person can
 * follow (mask-hold.ts).
 */
export function NetworkPanel() {
  const view = useAppState((s) => s.display.networkView);
  const compareSetting = useAppState((s) => s.playback.compare);
  const hiddenLayers = useAppState(useShallow((s) => s.config.hiddenLayers));
  const dropout = useDeferredAppState((s) => s.config.dropout);
  const variant = useAppState((s) => s.config.variant);
  const scheme = useAppState((s) => s.config.scheme);
  const [shape, setShape] = useState<string | null>(null);

  const { sizes, runs } = useMemo(
    () => (shape !== null ? parseShape(shape) : { sizes: layerSizes(hiddenLayers), runs: runsOf(compareSetting) }),
    [shape, hiddenLayers, compareSetting],
  );
  const compare = runs.length > 1;
  const plotRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const { width, height } = useSize(plotRef);
  const { text } = useChartStyle(plotRef);
  const stacked = compare && stacksAt(width);
  const plan = useMemo(() => planDiagram({ sizes, runs, dropout, compare, width, height, text }), [sizes, runs, dropout, compare, width, height, text]);
  const focus = useNeuronFocus(plan, svgRef, compare);
  const knock = useKnockoutMode(focus.handlers);
  const knockout = useAppState((s) => s.frameOptions.knockout);
  const robustness = useAppState((s) => s.frameOptions.robustness);
  const knockedOut = useMemo(() => knockedOutTest(knockout), [knockout]);

  const ids = useId();
  const tooltipId = `${ids}-tooltip`;
  const captionId = `${ids}-caption`;
  const roots = useRef<(SVGGElement | null)[]>([]);
  const doms = useRef<(FigureDom | null)[]>([]);
  const tipTitle = useRef<HTMLElement>(null);
  const tipKeep = useRef<HTMLSpanElement>(null);
  const tipState = useRef<HTMLSpanElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [maskHold] = useState(() => new MaskHold());
  const painted = useRef<Painted | null>(null);
  const edgeLayer = useRef<{ runs: RunId[]; layer: EdgeLayer }>({ runs: [], layer: [] });

  useEffect(() => {
    const svg = svgRef.current;
    if (svg === null) return;
    return registerVectorExport(svg, (copy) => writeEdgePaths(copy, edgeLayer.current.runs, edgeLayer.current.layer));
  }, []);

  useTelemetry(
    (telemetry) => {
      const frameShape = shapeOf(telemetry.frame);
      if (frameShape !== shape) setShape(frameShape);
      // A frame of another shape is drawn after the re-render it asked for.
      const frame = frameShape === shape ? telemetry.frame : null;
      const heldNoise = frame === null ? [] : maskHold.noiseFor(frame, performance.now());
      const noiseOf = (run: RunId): RunNoise | null => {
        const i = frame?.runs.findIndex((r) => r.run === run) ?? -1;
        return heldNoise[i] ?? null;
      };
      const options = { sizes, showMasks: view === 'train', compare, knockedOut };
      plan.figures.forEach((figure, i) => {
        const root = roots.current[i];
        if (!root) return;
        let dom = doms.current[i];
        // The elements stay while the neurons drawn do: their masks are then not written again.
        if (!dom || dom.root !== root || !sameNeurons(dom.plan, figure)) dom = collectFigureDom(root, figure);
        dom.plan = figure;
        doms.current[i] = dom;
        drawNoise(dom, noiseOf(figure.run), options);
      });

      const canvas = canvasRef.current;
      const ratio = window.devicePixelRatio || 1;
      const last = painted.current;
      const changed =
        last === null ||
        last.frame !== frame ||
        last.noise !== heldNoise ||
        last.plan !== plan ||
        last.showMasks !== options.showMasks ||
        last.knockedOut !== knockedOut ||
        last.width !== width ||
        last.height !== height ||
        last.ratio !== ratio;
      const context = canvas?.getContext('2d') ?? null;
      // Resizing clears the canvas: then it is repainted even when nothing else changed.
      const resized = canvas !== null && sizeCanvas(canvas, width, height, ratio);
      if (context && (changed || resized)) {
        const layer = plan.figures.map((figure, i) => {
          const run = frame?.runs.find((r) => r.run === figure.run) ?? null;
          const pairs = figureEdges(figure, run?.params ?? null, noiseOf(figure.run), options);
          const counts = edgeCounts(pairs);
          // For tests and tools: how many edges are drawn, and how many of them are dropped weights (DropConnect).
          roots.current[i]?.setAttribute('data-edges-drawn', String(counts.drawn));
          roots.current[i]?.setAttribute('data-edges-cut', String(counts.cut));
          return pairs;
        });
        edgeLayer.current = { runs: plan.figures.map((f) => f.run), layer };
        paintEdges(context, layer, ratio);
        painted.current = { frame, noise: heldNoise, plan, showMasks: options.showMasks, knockedOut, width, height, ratio };
      }

      const active = focus.active;
      if (active !== null) {
        const figure = plan.figures.find((f) => f.run === active.run);
        const frameRun = frame?.runs.find((r) => r.run === active.run) ?? null;
        // The tooltip says what the figure shows: the noise on screen.
        const held = noiseOf(active.run);
        const run = frameRun === null ? null : { ...frameRun, ...(held ?? {}) };
        const lines = tooltipLines(active, sizes, run, figure?.dropout ?? [], view, compare);
        setText(tipTitle.current, lines.title);
        setText(tipKeep.current, lines.keep);
        // A knocked-out neuron says so, whatever the view (the fit panel draws the network without it).
        setText(tipState.current, knockedOut(active.layer, active.index) ? KNOCKOUT_STRINGS.legend : lines.state);
      }
    },
    [shape, plan, view, sizes, compare, width, height, focus.active, knockedOut],
  );

  const activeFigure = focus.active === null ? undefined : plan.figures.find((f) => f.run === focus.active?.run);
  const activeColumn = focus.active === null ? undefined : activeFigure?.columns[focus.active.layer];
  const activeY = focus.active === null ? undefined : activeColumn?.ys[focus.active.index];
  const anchor = activeColumn !== undefined && activeY !== undefined ? tooltipAnchor(activeColumn.x, activeY, activeColumn.radius, width, height) : null;
  const captionDropout = plan.figures[plan.figures.length - 1]?.dropout ?? dropout;

  return (
    <Panel id="network" title={STRINGS.network.title} actions={<ViewToggle />} className={knock.on ? 'nn-knocking' : undefined}>
      {view === 'test' && !robustness && <KnockoutTools mode={knock} />}
      {robustness && <RobustnessChart />}
      <div ref={plotRef} className={`plot nn-plot${stacked ? ' nn-stacked' : ''}`} hidden={robustness}>
        <canvas ref={canvasRef} className="nn-edges" aria-hidden="true" style={{ width, height }} />
        <svg ref={svgRef} width={width} height={height} role="group" aria-label={diagramSummary(sizes, compare)} aria-describedby={captionId}>
          {plan.figures.map((figure, i) => (
            <NetworkFigure
              key={figure.run}
              plan={figure}
              sizes={sizes}
              compare={compare}
              tabStop={focus.tabStop(figure.run)}
              active={focus.active}
              tooltipId={tooltipId}
              handlers={knock.handlers}
              rootRef={(element) => {
                roots.current[i] = element;
              }}
            />
          ))}
        </svg>
        <NeuronTooltip id={tooltipId} anchor={anchor} titleRef={tipTitle} keepRef={tipKeep} stateRef={tipState} />
      </div>
      <p id={captionId} className="nn-caption" hidden={robustness}>
        {knock.on ? KNOCKOUT_STRINGS.modeOn : diagramCaption(view, variant, captionDropout, scheme)}{' '}
        <NetworkLegend noise={view === 'train' && scheme !== 'bernoulli' && captionDropout.some((p) => p > 0) ? scheme : null} />
      </p>
      {!robustness && <ChartTable caption={STRINGS.network.tableCaption} build={networkTable} />}
    </Panel>
  );
}
