import { describe, expect, it } from 'vitest';
import { booleanCodec, choiceCodec, type Decoded, isExactOrigin, numberCodec, originCodec, parseDecimal } from './codecs';
import { dropListCodec, fitLength, identifierListCodec, layerListCodec, pointsCodec, subsetCodec } from './list-codecs';
import { clip, MAX_NOTICES, NoticeLog, printable } from './notices';

function value<V>(decoded: Decoded<V>): V {
  if (!decoded.ok) throw new Error(`expected a value, got: ${decoded.problem}`);
  return decoded.value;
}
function problems<V>(decoded: Decoded<V>): readonly string[] {
  if (!decoded.ok) throw new Error(`expected a value, got: ${decoded.problem}`);
  return decoded.problems;
}
function failure<V>(decoded: Decoded<V>): string {
  if (decoded.ok) throw new Error(`expected a failure, got ${JSON.stringify(decoded.value)}`);
  return decoded.problem;
}

describe('parseDecimal', () => {
  it('reads decimal and exponent forms', () => {
    expect(parseDecimal('0.5')).toBe(0.5);
    expect(parseDecimal('-1')).toBe(-1);
    expect(parseDecimal('+2')).toBe(2);
    expect(parseDecimal('.25')).toBe(0.25);
    expect(parseDecimal('3.')).toBe(3);
    expect(parseDecimal('1e-4')).toBe(0.0001);
    expect(parseDecimal('2.5E+3')).toBe(2500);
    expect(parseDecimal(' 16 ')).toBe(16);
  });

  it('rejects NaN, Infinity, hex, binary, separators and empty text', () => {
    for (const text of ['', ' ', 'NaN', 'Infinity', '-Infinity', '0x10', '0b1', '0o7', '1_000', '1,5', '1e', 'e5', '.', '--1', '1.2.3', '١٢', 'abc']) {
      expect(parseDecimal(text), text).toBeNull();
    }
  });

  it('turns a huge exponent into ±Infinity, for the range check to clamp', () => {
    expect(parseDecimal('1e999')).toBe(Infinity);
    expect(parseDecimal('-1e999')).toBe(-Infinity);
  });
});

describe('numberCodec', () => {
  const noise = numberCodec({ min: 0, max: 1 });
  const n = numberCodec({ min: 2, max: 500 }, true);

  it('accepts a value in range as it is, from text or JSON', () => {
    expect(noise.decode('0.25', undefined)).toEqual({ ok: true, value: 0.25, problems: [] });
    expect(noise.decode(0.25, undefined)).toEqual({ ok: true, value: 0.25, problems: [] });
  });

  it('clamps a value out of range and says so', () => {
    expect(value(noise.decode('1.5', undefined))).toBe(1);
    expect(problems(noise.decode('1.5', undefined))).toEqual(['1.5 is outside 0–1']);
    expect(value(noise.decode('-3', undefined))).toBe(0);
    expect(value(n.decode('1e9', undefined))).toBe(500);
    expect(value(n.decode('1e999', undefined))).toBe(500);
    expect(value(n.decode('-1e999', undefined))).toBe(2);
  });

  it('rounds a non-integer for an integer field, with a problem', () => {
    expect(value(n.decode('16.4', undefined))).toBe(16);
    expect(value(n.decode('16.5', undefined))).toBe(17);
    expect(problems(n.decode('16.5', undefined))).toEqual(['16.5 is not a whole number']);
    expect(problems(n.decode('16.0', undefined))).toEqual([]);
  });

  it('gives no value for text that is not a number, nor for NaN or Infinity as JSON', () => {
    expect(failure(noise.decode('abc', undefined))).toBe('"abc" is not a number');
    expect(noise.decode('', undefined).ok).toBe(false);
    expect(noise.decode(Number.NaN, undefined).ok).toBe(false);
    expect(noise.decode(Infinity, undefined).ok).toBe(false);
    expect(noise.decode(true, undefined).ok).toBe(false);
    expect(noise.decode(null, undefined).ok).toBe(false);
  });

  it('turns −0 into 0', () => {
    expect(Object.is(value(noise.decode('-0', undefined)), 0)).toBe(true);
    expect(Object.is(value(numberCodec({ min: -1, max: 1 }, true).decode('-0.2', undefined)), 0)).toBe(true);
  });
});

describe('booleanCodec and choiceCodec', () => {
  it('reads 0|1 and true|false, and writes 0|1', () => {
    for (const input of ['1', 'true', 1, true]) expect(value(booleanCodec.decode(input, undefined))).toBe(true);
    for (const input of ['0', 'false', 0, false]) expect(value(booleanCodec.decode(input, undefined))).toBe(false);
    expect(failure(booleanCodec.decode('yes', undefined))).toBe('"yes" is not 0 or 1');
    expect(booleanCodec.decode(2, undefined).ok).toBe(false);
    expect(booleanCodec.encode(true)).toBe('1');
  });

  it('takes one of the listed choices only, case and all', () => {
    const act = choiceCodec(['relu', 'tanh', 'sigmoid'] as const);
    expect(value(act.decode('tanh', undefined))).toBe('tanh');
    expect(failure(act.decode('<script>', undefined))).toBe('"<script>" is not one of relu, tanh, sigmoid');
    expect(act.decode('ReLU', undefined).ok).toBe(false);
    expect(act.decode('toString', undefined).ok).toBe(false);
    expect(act.decode(['relu'], undefined).ok).toBe(false);
  });
});

describe('layerListCodec', () => {
  const layers = layerListCodec({ min: 1, max: 4 }, { min: 1, max: 128 });

  it('reads "64,64" and [64, 64] alike', () => {
    expect(value(layers.decode('64,64', undefined))).toEqual([64, 64]);
    expect(value(layers.decode([64, 64], undefined))).toEqual([64, 64]);
    expect(value(layers.decode(8, undefined))).toEqual([8]);
    expect(layers.encode([64, 32])).toBe('64,32');
  });

  it('clamps each entry: 0 and 999 become 1 and 128', () => {
    const decoded = layers.decode('0,999', undefined);
    expect(value(decoded)).toEqual([1, 128]);
    expect(problems(decoded)).toEqual(['0 is outside 1–128', '999 is outside 1–128']);
  });

  it('keeps the first four of too many layers', () => {
    const decoded = layers.decode('1,2,3,4,5,6', undefined);
    expect(value(decoded)).toEqual([1, 2, 3, 4]);
    expect(problems(decoded)).toEqual(['6 layers given, at most 4']);
  });

  it('gives no value for an empty list or an entry that is not a number', () => {
    expect(layers.decode('', undefined).ok).toBe(false);
    expect(layers.decode([], undefined).ok).toBe(false);
    expect(layers.decode('64,,64', undefined).ok).toBe(false);
    expect(layers.decode('64,abc', undefined).ok).toBe(false);
    expect(layers.decode({ 0: 64 }, undefined).ok).toBe(false);
  });
});

describe('dropListCodec', () => {
  const p = dropListCodec({ min: 0, max: 0.9 }, (layerCount: number) => layerCount);

  it('spreads one value over every hidden layer without a problem', () => {
    expect(p.decode('0.3', 3)).toEqual({ ok: true, value: [0.3, 0.3, 0.3], problems: [] });
    expect(p.decode(0.3, 2)).toEqual({ ok: true, value: [0.3, 0.3], problems: [] });
  });

  it('takes one value per layer', () => {
    expect(p.decode('0.2,0.5', 2)).toEqual({ ok: true, value: [0.2, 0.5], problems: [] });
    expect(p.decode([0.2, 0.5], 2)).toEqual({ ok: true, value: [0.2, 0.5], problems: [] });
  });

  it('fits a list of the wrong length to the layers: truncated, or the last value repeated', () => {
    const long = p.decode('0.1,0.2,0.3', 2);
    expect(value(long)).toEqual([0.1, 0.2]);
    expect(problems(long)).toEqual(['3 values given for 2 hidden layers, the extra dropped']);
    const short = p.decode('0.1,0.2', 4);
    expect(value(short)).toEqual([0.1, 0.2, 0.2, 0.2]);
    expect(problems(short)).toEqual(['2 values given for 4 hidden layers, the last repeated']);
    expect(problems(p.decode('0.1,0.2', 1))).toEqual(['2 values given for 1 hidden layer, the extra dropped']);
  });

  it('clamps each entry to 0–0.9', () => {
    expect(value(p.decode('1,-0.5', 2))).toEqual([0.9, 0]);
  });

  it('writes equal values once', () => {
    expect(p.encode([0.5, 0.5])).toBe('0.5');
    expect(p.encode([0.2, 0.5])).toBe('0.2,0.5');
  });

  it('fitLength truncates or repeats the last value', () => {
    expect(fitLength([0.1, 0.2, 0.3], 2)).toEqual([0.1, 0.2]);
    expect(fitLength([0.1], 3)).toEqual([0.1, 0.1, 0.1]);
  });
});

describe('pointsCodec', () => {
  const pts = pointsCodec({ min: 2, max: 500 }, { min: -1, max: 1 }, { min: -2, max: 2 }, () => false);

  it('reads x:y pairs, [{x, y}] and [[x, y]] alike', () => {
    const expected = [
      { x: -0.5, y: 0.2 },
      { x: 0.3, y: 0.9 },
    ];
    expect(value(pts.decode('-0.5:0.2,0.3:0.9', undefined))).toEqual(expected);
    expect(value(pts.decode(expected, undefined))).toEqual(expected);
    expect(
      value(
        pts.decode(
          [
            [-0.5, 0.2],
            ['0.3', '0.9'],
          ],
          undefined,
        ),
      ),
    ).toEqual(expected);
    expect(pts.encode(expected)).toBe('-0.5:0.2,0.3:0.9');
    expect(pts.toJson(expected)).toEqual([
      [-0.5, 0.2],
      [0.3, 0.9],
    ]);
  });

  it('clamps x to −1–1 and y to −2–2', () => {
    const decoded = pts.decode('-3:5,0.5:-9', undefined);
    expect(value(decoded)).toEqual([
      { x: -1, y: 2 },
      { x: 0.5, y: -2 },
    ]);
    expect(problems(decoded)).toEqual(['2 points lie outside x -1–1, y -2–2 (moved to the edge)']);
  });

  it('drops entries that are not pairs, and gives no value when none is', () => {
    const decoded = pts.decode('0:0,abc,1:2:3,0.5:', undefined);
    expect(value(decoded)).toEqual([{ x: 0, y: 0 }]);
    expect(problems(decoded)).toEqual(['3 entries are not x:y pairs (dropped)']);
    expect(pts.decode('abc', undefined).ok).toBe(false);
    expect(pts.decode(5, undefined).ok).toBe(false);
    expect(value(pts.decode('', undefined))).toEqual([]);
  });

  it('keeps at most 500 points', () => {
    const many = Array.from({ length: 600 }, (_, i) => `${(i / 600).toFixed(3)}:0`).join(',');
    const decoded = pts.decode(many, undefined);
    expect(value(decoded)).toHaveLength(500);
    expect(problems(decoded)).toEqual(['600 points given, at most 500']);
  });
});

describe('name lists', () => {
  const panels = subsetCodec(['fit', 'network', 'loss', 'controls'] as const, 'panel');
  const hide = identifierListCodec(/^[a-z0-9-]{1,32}$/, 3, 'a-z, 0-9, -');

  it('panels: keeps known names in their own order, drops unknown ones with a problem', () => {
    const decoded = panels.decode('loss,fit,foo,fit', undefined);
    expect(value(decoded)).toEqual(['fit', 'loss']);
    expect(problems(decoded)).toEqual(['"foo" is not a panel (fit, network, loss, controls)']);
    expect(value(panels.decode(['network'], undefined))).toEqual(['network']);
  });

  it('panels: no known name is no value', () => {
    expect(panels.decode('', undefined).ok).toBe(false);
    expect(panels.decode('foo,bar', undefined).ok).toBe(false);
    expect(panels.decode(3, undefined).ok).toBe(false);
  });

  it('hide: keeps safe identifiers in order, once, at most the limit', () => {
    expect(value(hide.decode('b,a,b', undefined))).toEqual(['b', 'a']);
    expect(value(hide.decode('', undefined))).toEqual([]);
    const roomy = identifierListCodec(/^[a-z0-9-]{1,32}$/, 10, 'a-z, 0-9, -');
    const decoded = roomy.decode(['ok', '<img>', 'Upper', 'x'.repeat(33), 7], undefined);
    expect(value(decoded)).toEqual(['ok']);
    expect(problems(decoded)).toEqual(['"<img>", "Upper", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" and 1 more are not allowed (a-z, 0-9, -)']);
    expect(problems(hide.decode('a,b,c,d', undefined))).toEqual(['4 names given, at most 3']);
  });
});

describe('origins', () => {
  const origin = originCodec('invalid');

  it('accepts exact origins only', () => {
    for (const text of ['https://course.example.edu', 'http://localhost:8080', 'http://127.0.0.1:5173', 'https://a.b.c']) {
      expect(isExactOrigin(text), text).toBe(true);
    }
    const bad = [
      'https://course.example.edu/',
      'https://course.example.edu/path',
      'https://Course.example.edu',
      'https://a.edu:443',
      'https://u@a.edu',
      'ftp://a.edu',
      'javascript:alert(1)',
      'null',
      '*',
      '',
      'course.example.edu',
      'https://a.edu?x',
      'https://a.edu#x',
    ];
    for (const text of bad) expect(isExactOrigin(text), text).toBe(false);
  });

  it('keeps a good origin verbatim and fails closed on anything else', () => {
    expect(origin.decode('https://course.example.edu', undefined)).toEqual({ ok: true, value: 'https://course.example.edu', problems: [] });
    expect(value(origin.decode('https://evil.example/', undefined))).toBe('invalid');
    expect(problems(origin.decode('*', undefined))).toHaveLength(1);
    expect(value(origin.decode('', undefined))).toBe('invalid');
    expect(value(origin.decode(42, undefined))).toBe('invalid');
    expect(origin.decode('invalid', undefined)).toEqual({ ok: true, value: 'invalid', problems: [] });
    expect(value(origin.decode(null, undefined))).toBeNull();
  });
});

describe('notice helpers', () => {
  it('clip shortens long text without splitting a surrogate pair', () => {
    expect(clip('abc', 5)).toBe('abc');
    expect(clip('abcdef', 3)).toBe('abc…');
    expect(clip('ab😀', 3)).toBe('ab…');
  });

  it('printable never throws', () => {
    expect(printable('x')).toBe('x');
    expect(printable([1, 2])).toBe('[1,2]');
    expect(printable(10n)).toBe('10');
    expect(printable(Object.create(null))).toBe('{}');
    const cycle: { self?: unknown } = {};
    cycle.self = cycle;
    expect(printable(cycle)).toBe('[object Object]');
    expect(printable(undefined)).toBe('undefined');
  });

  it('NoticeLog keeps the first notices and sums up the rest', () => {
    const log = new NoticeLog();
    for (let i = 0; i < MAX_NOTICES + 5; i += 1) log.push({ field: `k${i}`, given: '', used: '', message: '' });
    log.push(null);
    const list = log.list();
    expect(list).toHaveLength(MAX_NOTICES + 1);
    expect(list[MAX_NOTICES].field).toBe('*');
    expect(list[MAX_NOTICES].message).toContain('5 more');
  });
});
