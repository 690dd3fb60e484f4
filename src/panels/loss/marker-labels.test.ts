import { describe, expect, it } from 'vitest';
import { placeMarkerLabels, type PlacedLabel } from './marker-labels';

const box = { left: 60, top: 12, width: 600, height: 200 };

function overlap(a: PlacedLabel | null, b: PlacedLabel | null): boolean {
  if (a === null || b === null) return false;
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function shown(p: PlacedLabel | null): PlacedLabel {
  if (p === null) throw new Error('label not placed');
  return p;
}

describe('placeMarkerLabels', () => {
  it('puts a lone label right of its line, on the top row', () => {
    const p = shown(placeMarkerLabels([{ x: 200, width: 80 }], box, 12)[0]);
    expect(p.anchor).toBe('start');
    expect(p.left).toBeGreaterThan(200);
    expect(p.top).toBeGreaterThanOrEqual(box.top);
  });

  it('flips a label left of its line near the right edge', () => {
    const p = shown(placeMarkerLabels([{ x: 640, width: 80 }], box, 12)[0]);
    expect(p.anchor).toBe('end');
    expect(p.right).toBeLessThan(640);
  });

  it('never lets two labels at nearby steps touch, at either text size', () => {
    for (const text of [12, 20]) {
      for (const dx of [0, 3, 20, 60, 150]) {
        const [a, b] = placeMarkerLabels(
          [
            { x: 300, width: text * 11 },
            { x: 300 + dx, width: text * 8 },
          ],
          box,
          text,
        );
        expect(overlap(a, b), `text ${text}, dx ${dx}`).toBe(false);
      }
    }
  });

  it('keeps labels inside the plot box, whatever the marker position', () => {
    for (const x of [box.left, box.left + 10, box.left + box.width / 2, box.left + box.width]) {
      for (const p of placeMarkerLabels(
        [
          { x, width: 180 },
          { x: x + 5, width: 120 },
        ],
        box,
        20,
      )) {
        if (p === null) continue;
        expect(p.left).toBeGreaterThanOrEqual(box.left);
        expect(p.right).toBeLessThanOrEqual(box.left + box.width);
        expect(p.top).toBeGreaterThanOrEqual(box.top);
      }
    }
  });

  it('clamps a label wider than the room on both sides to the plot', () => {
    const narrow = { left: 60, top: 12, width: 100, height: 200 };
    const p = shown(placeMarkerLabels([{ x: 110, width: 90 }], narrow, 12)[0]);
    expect(p.left).toBeGreaterThanOrEqual(narrow.left);
    expect(p.right).toBeLessThanOrEqual(narrow.left + narrow.width);
  });

  it('leaves out a label for which the plot has no row left, rather than draw it over the axis', () => {
    const short = { left: 60, top: 12, width: 200, height: 30 };
    const [a, b] = placeMarkerLabels(
      [
        { x: 100, width: 150 },
        { x: 104, width: 150 },
      ],
      short,
      20,
    );
    expect(a).not.toBeNull();
    expect(b).toBeNull();
  });
});
