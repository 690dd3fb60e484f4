import { describe, expect, it } from 'vitest';
import { defaultSettings } from './defaults';
import { applyParams, parseHash, serializeHash, toJsonParams } from './link-codec';
import { toggleKnockout } from './knockout-codec';

describe('the knockout link key', () => {
  it('is empty by default and left out of the link', () => {
    const { state, notices } = parseHash('#v=2&seed=1');
    expect(state.frameOptions.knockout).toEqual([]);
    expect(notices).toEqual([]);
    expect(serializeHash(state)).not.toContain('knockout');
  });

  it('reads layer:index pairs (numbered as data-neuron), sorted and without repeats, and writes them back', () => {
    const { state, notices } = parseHash('#v=2&seed=1&knockout=2:10,1:3,2:10');
    expect(notices).toEqual([]);
    expect(state.frameOptions.knockout).toEqual([
      { layer: 1, index: 3 },
      { layer: 2, index: 10 },
    ]);
    expect(serializeHash(state)).toContain('knockout=1:3,2:10');
    expect(parseHash(serializeHash(state)).state.frameOptions.knockout).toEqual(state.frameOptions.knockout);
  });

  it('drops a pair out of range with a notice naming the field and the allowed range, keeping the rest', () => {
    const { state, notices } = parseHash('#v=2&seed=1&knockout=1:3,3:1,2:64,1:-1');
    expect(state.frameOptions.knockout).toEqual([{ layer: 1, index: 3 }]);
    expect(notices).toHaveLength(1);
    expect(notices[0].field).toBe('knockout');
    expect(notices[0].message).toContain('knockout:');
    expect(notices[0].message).toContain('layer 3 is outside 1–2');
    expect(notices[0].message).toContain('index 64 is outside 0–63');
    expect(notices[0].message).toContain('index -1 is outside 0–63');
  });

  it('checks indices against the layers of the same link', () => {
    expect(parseHash('#v=2&seed=1&layers=8&p=0.2&knockout=1:7,1:8').state.frameOptions.knockout).toEqual([{ layer: 1, index: 7 }]);
  });

  it('drops what is not a pair, and never throws on garbage', () => {
    const { state, notices } = parseHash('#v=2&seed=1&knockout=1:2,abc,1:2:3,1.5:2,%00');
    expect(state.frameOptions.knockout).toEqual([{ layer: 1, index: 2 }]);
    expect(notices.map((n) => n.field)).toEqual(['knockout']);
    expect(notices[0].message).toContain('not a layer:index pair');
  });

  it('the embed API gets the list and sets it as text or JSON pairs', () => {
    const base = defaultSettings();
    const set = applyParams(base, { knockout: [[2, 5], { layer: 1, index: 0 }, '2:1'] });
    expect(set.error).toBeNull();
    expect(set.state.frameOptions.knockout).toEqual([
      { layer: 1, index: 0 },
      { layer: 2, index: 1 },
      { layer: 2, index: 5 },
    ]);
    expect(toJsonParams(set.state).knockout).toEqual(['1:0', '2:1', '2:5']);
    expect(applyParams(set.state, { knockout: toJsonParams(set.state).knockout }).state.frameOptions.knockout).toEqual(set.state.frameOptions.knockout);
    // A number is no list: the current list stays, with a notice.
    const bad = applyParams(set.state, { knockout: 7 });
    expect(bad.state.frameOptions.knockout).toEqual(set.state.frameOptions.knockout);
    expect(bad.notices[0].field).toBe('knockout');
  });

  it('a change of layers through the embed API drops the neurons the new network lacks', () => {
    const base = applyParams(defaultSettings(), { knockout: '1:3,2:40' }).state;
    const next = applyParams(base, { layers: [16, 16], p: [0, 0.5] });
    expect(next.state.frameOptions.knockout).toEqual([{ layer: 1, index: 3 }]);
  });

  it('toggling adds a neuron in order and removes it again', () => {
    const one = toggleKnockout([{ layer: 2, index: 1 }], { layer: 1, index: 9 });
    expect(one).toEqual([
      { layer: 1, index: 9 },
      { layer: 2, index: 1 },
    ]);
    expect(toggleKnockout(one, { layer: 2, index: 1 })).toEqual([{ layer: 1, index: 9 }]);
  });
});
