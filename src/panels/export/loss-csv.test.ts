import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LossHistory } from '../../state/loss-history';
import { LOSS_CSV_HEADER, lossCsv } from './loss-csv';

function history(points: [number, number, number, number][]): LossHistory {
  const h = new LossHistory();
  for (const [step, train, test, batch] of points) h.push(step, train, test, batch);
  return h;
}

describe('lossCsv', () => {
  it('writes a header and one row per point', () => {
    const csv = lossCsv([
      {
        run: 'B',
        history: history([
          [0, 1, 2, 3],
          [10, 0.5, 0.75, 0.25],
        ]),
      },
    ]);
    expect(csv).toBe(`${LOSS_CSV_HEADER}\nB,0,1,2,3\nB,10,0.5,0.75,0.25\n`);
  });

  it('lists run A then run B in compare mode', () => {
    const csv = lossCsv([
      { run: 'A', history: history([[0, 1, 1, 1]]) },
      {
        run: 'B',
        history: history([
          [0, 2, 2, 2],
          [5, 3, 3, 3],
        ]),
      },
    ]);
    expect(
      csv
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.split(',')[0]),
    ).toEqual(['A', 'B', 'B']);
  });

  it('writes non-finite values as empty cells', () => {
    const csv = lossCsv([{ run: 'B', history: history([[7, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]]) }]);
    expect(csv.split('\n')[1]).toBe('B,7,,,');
  });

  it('keeps full precision: every cell reads back to the same number', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.float({ noNaN: true, noDefaultInfinity: true })), {
          maxLength: 30,
        }),
        (rows) => {
          const h = {
            step: rows.map((r) => r[0]),
            train: rows.map((r) => r[1]),
            test: rows.map((r) => r[2]),
            batch: rows.map((r) => r[1]),
            length: rows.length,
          };
          const lines = lossCsv([{ run: 'B', history: h }])
            .trim()
            .split('\n')
            .slice(1);
          expect(lines).toHaveLength(rows.length);
          lines.forEach((line, i) => {
            const [, step, train, test] = line.split(',');
            expect(Number(step)).toBe(rows[i][0]);
            expect(Object.is(Number(train), rows[i][1]) || (rows[i][1] === 0 && Number(train) === 0)).toBe(true);
            expect(Number(test) === rows[i][2] || (rows[i][2] === 0 && Number(test) === 0)).toBe(true);
          });
        },
      ),
    );
  });

  it('quotes a run name that needs it', () => {
    const csv = lossCsv([{ run: 'a,"b"', history: history([[1, 1, 1, 1]]) }]);
    expect(csv.split('\n')[1]).toBe('"a,""b""",1,1,1,1');
  });

  it('is just the header for no runs', () => {
    expect(lossCsv([])).toBe(`${LOSS_CSV_HEADER}\n`);
  });
});
