import { runsOf, layerSizes } from '../../experiment/run-facts';
import { ChartTable } from '../kit/ChartTable';
import { networkTable } from '../kit/chart-tables';
import { useId, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Frame } from '../../training/protocol';
import type { RunId } from '../../experiment/types';
import { useAppState } from '../kit/context';
import { collectFigureDom, drawFigure, type FigureDom } from './draw-figure';
import { planDiagram, stacksAt } from './figure-plan';
import { diagramCaption } from './labels';
import { NetworkFigure } from './NetworkFigure';
import { NetworkLegend } from './NetworkLegend';
import './network.css';
import { NeuronTooltip, tooltipAnchor } from './NeuronTooltip';
import { diagramSummary, tooltipLines } from './tooltip-text';
import { useNeuronFocus } from './use-neuron-focus';
import { ViewToggle } from './ViewToggle';
import { Panel } from '../kit/Panel';
import { useSize } from '../kit/use-size';
import { useChartStyle } from '../kit/chart-style';
import { useTelemetry } from '../kit/use-telemetry';
import { STRINGS } from '../kit/strings';

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

/**
 * The classic dropout figure, live: the network with this step's dropped
 * neurons crossed out, or (compare mode) a standard network next to a thinned
 * one. Masks and edges are written per frame through refs.
 */
export function NetworkPanel() {
  const view = useAppState((s) => s.display.networkView);
  const compareSetting = useAppState((s) => s.playback.compare);
  const hiddenLayers = useAppState(useShallow((s) => s.config.hiddenLayers));
  const dropout = useAppState(useShallow((s) => s.config.dropout));
  const variant = useAppState((s) => s.config.variant);
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

  const ids = useId();
  const tooltipId = `${ids}-tooltip`;
  const captionId = `${ids}-caption`;
  const roots = useRef<(SVGGElement | null)[]>([]);
  const doms = useRef<(FigureDom | null)[]>([]);
  const tipTitle = useRef<HTMLElement>(null);
  const tipKeep = useRef<HTMLSpanElement>(null);
  const tipState = useRef<HTMLSpanElement>(null);

  useTelemetry((telemetry) => {
    const frameShape = shapeOf(telemetry.frame);
    if (frameShape !== shape) setShape(frameShape);
    // A frame of another shape is drawn after the re-render it asked for.
    const frame = frameShape === shape ? telemetry.frame : null;
    plan.figures.forEach((figure, i) => {
      const root = roots.current[i];
      if (!root) return;
      let dom = doms.current[i];
      if (!dom || dom.root !== root || dom.plan !== figure) {
        dom = collectFigureDom(root, figure);
        doms.current[i] = dom;
      }
      const run = frame?.runs.find((r) => r.run === figure.run) ?? null;
      drawFigure(dom, run, { sizes, showMasks: view === 'train', compare });
    });
    const active = focus.active;
    if (active !== null) {
      const figure = plan.figures.find((f) => f.run === active.run);
      const run = frame?.runs.find((r) => r.run === active.run) ?? null;
      const lines = tooltipLines(active, sizes, run, figure?.dropout ?? [], view, compare);
      setText(tipTitle.current, lines.title);
      setText(tipKeep.current, lines.keep);
      setText(tipState.current, lines.state);
    }
  });

  const activeFigure = focus.active === null ? undefined : plan.figures.find((f) => f.run === focus.active?.run);
  const activeColumn = focus.active === null ? undefined : activeFigure?.columns[focus.active.layer];
  const activeY = focus.active === null ? undefined : activeColumn?.ys[focus.active.index];
  const anchor = activeColumn !== undefined && activeY !== undefined ? tooltipAnchor(activeColumn.x, activeY, activeColumn.radius, width, height) : null;
  const captionDropout = plan.figures[plan.figures.length - 1]?.dropout ?? dropout;

  return (
    <Panel id="network" title={STRINGS.network.title} actions={<ViewToggle />}>
      <div ref={plotRef} className={`plot nn-plot${stacked ? ' nn-stacked' : ''}`}>
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
              handlers={focus.handlers}
              rootRef={(element) => {
                roots.current[i] = element;
              }}
            />
          ))}
        </svg>
        <NeuronTooltip id={tooltipId} anchor={anchor} titleRef={tipTitle} keepRef={tipKeep} stateRef={tipState} />
      </div>
      <p id={captionId} className="nn-caption">
        {diagramCaption(view, variant, captionDropout)} <NetworkLegend />
      </p>
      <ChartTable caption={STRINGS.network.tableCaption} build={networkTable} />
    </Panel>
  );
}
