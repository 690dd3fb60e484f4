import type { Ref } from 'react';

export interface TooltipAnchor {
  /** Pixels inside the plot: beside the neuron, vertically centred on it (clamped to stay inside). */
  left: number;
  top: number;
  /** Which side of the neuron the tip is on (the side with more room), so it never hides the neuron's column. */
  side: 'left' | 'right';
}

interface Props {
  id: string;
  anchor: TooltipAnchor | null;
  /** Filled per frame by the panel: the neuron's name, its keep frequency, and its state in the last step. */
  titleRef: Ref<HTMLElement>;
  keepRef: Ref<HTMLSpanElement>;
  stateRef: Ref<HTMLSpanElement>;
}

/** The small box next to a hovered or focused hidden neuron. Its text changes every frame, so it is written through refs. */
export function NeuronTooltip({ id, anchor, titleRef, keepRef, stateRef }: Props) {
  return (
    <div
      id={id}
      role="tooltip"
      className="nn-tooltip"
      hidden={anchor === null}
      style={
        anchor === null
          ? undefined
          : { left: anchor.left, top: anchor.top, transform: anchor.side === 'right' ? 'translate(0, -50%)' : 'translate(-100%, -50%)' }
      }
    >
      <strong ref={titleRef} />
      <br />
      <span ref={keepRef} />
      <br />
      <span ref={stateRef} />
    </div>
  );
}

/** Where the tooltip of a neuron at (x, y) with radius r goes in a plot `width` × `height`. */
export function tooltipAnchor(x: number, y: number, radius: number, width: number, height: number): TooltipAnchor {
  const side = x <= width / 2 ? 'right' : 'left';
  const gap = radius + 8;
  const top = Math.max(36, Math.min(height - 36, y));
  return { left: side === 'right' ? x + gap : x - gap, top, side };
}
