import { type KeyboardEvent, memo, type PointerEvent } from 'react';
import type { RunId } from '../../experiment/types';
import { palette } from '../kit/palette';
import { bucketStroke, EDGE_BUCKETS } from './edge-paths';
import { EDGE_COLORS } from './edge-canvas';
import type { FigurePlan } from './figure-plan';
import { neuronLabel, textWidth } from './labels';
import { type Column, columnSpacing } from './layout';
import type { NeuronPosition } from './roving';
import { STRINGS } from '../kit/strings';

export interface NeuronTarget extends NeuronPosition {
  run: RunId;
}

export interface NeuronHandlers {
  onPointerEnter(target: NeuronTarget, event: PointerEvent): void;
  onPointerLeave(event: PointerEvent): void;
  onPointerDown(event: PointerEvent): void;
  onFocus(target: NeuronTarget): void;
  onBlur(): void;
  onKeyDown(target: NeuronTarget, event: KeyboardEvent): void;
}

interface Props {
  plan: FigurePlan;
  sizes: readonly number[];
  compare: boolean;
  /** The hidden neuron of this figure that is in the tab order. */
  tabStop: NeuronPosition;
  /** The neuron under the pointer or focus, marked with a ring. */
  active: NeuronTarget | null;
  tooltipId: string;
  handlers: NeuronHandlers;
  rootRef: (element: SVGGElement | null) => void;
}

const RUN_COLOR: Record<RunId, string> = { A: palette.runA, B: palette.runB };

interface ColumnProps {
  run: RunId;
  column: Column;
  layer: number;
  layerCount: number;
  compare: boolean;
  /** The index of this column's neuron in the tab order, or null. */
  tabIndexAt: number | null;
  /** The index of this column's active neuron, or null. */
  activeAt: number | null;
  tooltipId: string;
  handlers: NeuronHandlers;
}

const sameNumbers = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** Props equal for drawing: a column of the same geometry (a new plan for a new p usually keeps it) and the same focus. */
function sameColumn(a: ColumnProps, b: ColumnProps): boolean {
  return (
    a.run === b.run &&
    a.layer === b.layer &&
    a.layerCount === b.layerCount &&
    a.compare === b.compare &&
    a.tabIndexAt === b.tabIndexAt &&
    a.activeAt === b.activeAt &&
    a.tooltipId === b.tooltipId &&
    a.handlers === b.handlers &&
    a.column.x === b.column.x &&
    a.column.radius === b.column.radius &&
    sameNumbers(a.column.ys, b.column.ys)
  );
}

/** The neurons of one column; re-rendered only when their geometry or focus changes (not for every keystroke on p). */
const NeuronColumn = memo(function NeuronColumn({ run, column, layer: l, layerCount, compare, tabIndexAt, activeAt, tooltipId, handlers }: ColumnProps) {
  const hidden = l > 0 && l < layerCount - 1;
  const step = column.ys.length > 1 ? column.ys[1] - column.ys[0] : 2 * column.radius + 16;
  const hitRadius = Math.max(column.radius + 2, Math.min(12, step / 2));
  const arm = column.radius * 0.95 + 0.75;
  return column.ys.map((y, k) => {
    const target: NeuronTarget = { run, layer: l, index: k };
    const isActive = activeAt === k;
    return (
      <g
        key={k}
        className={hidden ? 'nn-neuron nn-hidden' : 'nn-neuron nn-io'}
        transform={`translate(${column.x.toFixed(1)} ${y.toFixed(1)})`}
        data-neuron={`${l}:${k}`}
        data-run={compare ? run : undefined}
        data-active={isActive ? 'true' : undefined}
        role="img"
        {...(hidden
          ? {
              tabIndex: tabIndexAt === k ? 0 : -1,
              'aria-describedby': isActive ? tooltipId : undefined,
              onPointerEnter: (e: PointerEvent) => handlers.onPointerEnter(target, e),
              onPointerLeave: (e: PointerEvent) => handlers.onPointerLeave(e),
              onPointerDown: (e: PointerEvent) => handlers.onPointerDown(e),
              onFocus: () => handlers.onFocus(target),
              onBlur: () => handlers.onBlur(),
              onKeyDown: (e: KeyboardEvent) => handlers.onKeyDown(target, e),
            }
          : { 'data-dropped': 'false', 'aria-label': neuronLabel(l, k, layerCount, 'kept', compare ? run : null) })}
      >
        <circle className="nn-hit" r={hitRadius} />
        <circle className="nn-ring" r={column.radius + 3} />
        <circle className="nn-body" r={column.radius} />
        {hidden && <path className="nn-x" d={`M${-arm} ${-arm}L${arm} ${arm}M${arm} ${-arm}L${-arm} ${arm}`} />}
        {hidden && <path className="nn-ko" d={`M${-arm} 0L${arm} 0`} />}
      </g>
    );
  });
}, sameColumn);

/** One network: edges (drawn per frame into bucket paths), neurons, column labels, and a title in compare mode. */
export function NetworkFigure({ plan, sizes, compare, tabStop, active, tooltipId, handlers, rootRef }: Props) {
  const { run, columns } = plan;
  const spacing = columnSpacing(columns);
  const cx = plan.box.x + plan.box.width / 2;
  const hiddenColumns = columns.slice(1, -1);
  const spanX = hiddenColumns.length > 0 ? (hiddenColumns[0].x + hiddenColumns[hiddenColumns.length - 1].x) / 2 : cx;
  const barY = plan.titleY + (plan.titleLines.length - 1) * plan.titleLine + 9;
  return (
    <g ref={rootRef} data-figure={run}>
      {plan.titleLines.length > 0 && (
        <g>
          <text className="nn-title" x={cx} y={plan.titleY} textAnchor="middle">
            {plan.titleLines.map((line, i) => (
              <tspan key={i} x={cx} dy={i === 0 ? 0 : plan.titleLine}>
                {line}
              </tspan>
            ))}
          </text>
          <line x1={cx - 24} x2={cx + 24} y1={barY} y2={barY} stroke={RUN_COLOR[run]} strokeWidth={3} strokeLinecap="round" />
        </g>
      )}
      <g aria-hidden="true" pointerEvents="none">
        {columns.slice(1).map((_, p) =>
          EDGE_BUCKETS.map((bucket, b) => {
            const stroke = bucketStroke(bucket, EDGE_COLORS);
            return (
              <path
                key={`${p}:${b}`}
                data-pair={p}
                data-bucket={b}
                fill="none"
                stroke={stroke.color}
                strokeWidth={stroke.width}
                strokeOpacity={stroke.opacity}
                strokeDasharray={stroke.dash.length > 0 ? stroke.dash.join(' ') : undefined}
                strokeLinecap="round"
              />
            );
          }),
        )}
      </g>
      {columns.map((column, l) => (
        <g key={l}>
          <NeuronColumn
            run={run}
            column={column}
            layer={l}
            layerCount={sizes.length}
            compare={compare}
            tabIndexAt={tabStop.layer === l ? tabStop.index : null}
            activeAt={active !== null && active.run === run && active.layer === l ? active.index : null}
            tooltipId={tooltipId}
            handlers={handlers}
          />
          {column.moreY !== null && (
            <text className="nn-more" x={column.x} y={column.moreY + plan.labelFont * 0.35} textAnchor="middle" fontSize={plan.labelFont}>
              {textWidth(STRINGS.network.more(column.more), plan.labelFont) + 8 <= spacing
                ? STRINGS.network.more(column.more)
                : STRINGS.network.moreShort(column.more)}
            </text>
          )}
          <text className="nn-label" x={column.x} y={plan.labelY} textAnchor="middle" fontSize={plan.labelFont}>
            {plan.labelLines[l]?.map((line, i) => (
              <tspan key={i} x={column.x} dy={i === 0 ? 0 : plan.labelFont + 1.5} className={/^(p|keep) /.test(line) ? 'nn-p' : undefined}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      ))}
      {plan.spanLines.length > 0 && (
        <text className="nn-label" x={spanX} y={plan.labelY} textAnchor="middle" fontSize={plan.labelFont}>
          {plan.spanLines.map((line, i) => (
            <tspan key={i} x={spanX} dy={i === 0 ? 0 : plan.labelFont + 1.5} className={/^(p|keep) /.test(line) ? 'nn-p' : undefined}>
              {line}
            </tspan>
          ))}
        </text>
      )}
    </g>
  );
}
