import { describe, expect, it } from 'vitest';
import { DrawQueue } from './draw-queue';

function setup(sliceMs = 8) {
  let clock = 0;
  const soon: (() => void)[] = [];
  const frames: (() => void)[] = [];
  const queue = new DrawQueue({ now: () => clock, soon: (cb) => soon.push(cb), requestFrame: (cb) => frames.push(cb) }, sliceMs);
  const drawn: string[] = [];
  /** A draw that takes `ms`. */
  const draw = (name: string, ms: number) => () => {
    drawn.push(name);
    clock += ms;
  };
  const flush = (list: (() => void)[]) => list.splice(0).forEach((cb) => cb());
  return { queue, drawn, draw, flushSoon: () => flush(soon), flushFrame: () => flush(frames), frames };
}

describe('DrawQueue', () => {
  it('draws every panel right after the commit when drawing is quick', () => {
    const t = setup();
    const [fit, network, loss] = [{}, {}, {}];
    t.queue.request(fit, t.draw('fit', 1));
    t.queue.request(network, t.draw('network', 1));
    t.queue.request(loss, t.draw('loss', 1));
    expect(t.drawn).toEqual([]);
    t.flushSoon();
    expect(t.drawn).toEqual(['fit', 'network', 'loss']);
    expect(t.frames).toHaveLength(0);
  });

  it('moves the rest to the next animation frame once a slice is used up', () => {
    const t = setup(8);
    const [fit, network, loss] = [{}, {}, {}];
    t.queue.request(fit, t.draw('fit', 6));
    t.queue.request(network, t.draw('network', 6));
    t.queue.request(loss, t.draw('loss', 6));
    t.flushSoon();
    expect(t.drawn).toEqual(['fit', 'network']);
    t.flushFrame();
    expect(t.drawn).toEqual(['fit', 'network', 'loss']);
  });

  it('draws a panel asked twice once, with the latest draw, in its place', () => {
    const t = setup(5);
    const [fit, network] = [{}, {}];
    t.queue.request(fit, t.draw('fit', 6));
    t.queue.request(network, t.draw('network old', 1));
    t.flushSoon();
    t.queue.request(network, t.draw('network new', 1));
    t.queue.request(fit, t.draw('fit again', 1));
    t.flushFrame();
    expect(t.drawn).toEqual(['fit', 'network new', 'fit again']);
  });

  it('forgets a cancelled request', () => {
    const t = setup();
    const panel = {};
    t.queue.request(panel, t.draw('gone', 1));
    t.queue.cancel(panel);
    t.flushSoon();
    expect(t.drawn).toEqual([]);
  });
});
