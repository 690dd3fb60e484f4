import { describe, expect, it } from 'vitest';
import { registerVectorExport, writeVectorMarks } from './vector-export';

const svg = () => ({}) as SVGSVGElement;

describe('vector export writers', () => {
  it('calls the writer registered for the source with the copy, and nothing for other charts', () => {
    const source = svg();
    const other = svg();
    const copies: SVGSVGElement[] = [];
    registerVectorExport(source, (copy) => copies.push(copy));
    const copy = svg();
    writeVectorMarks(source, copy);
    writeVectorMarks(other, svg());
    expect(copies).toEqual([copy]);
    expect(copies[0]).toBe(copy);
  });

  it('stops calling a writer once removed, but keeps a newer one of the same chart', () => {
    const source = svg();
    let calls = 0;
    const remove = registerVectorExport(source, () => calls++);
    remove();
    writeVectorMarks(source, svg());
    expect(calls).toBe(0);
    const removeOld = registerVectorExport(source, () => calls++);
    registerVectorExport(source, () => (calls += 10));
    removeOld();
    writeVectorMarks(source, svg());
    expect(calls).toBe(10);
  });
});
