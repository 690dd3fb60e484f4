import { describe, expect, it } from 'vitest';
import { COADAPTATION } from './strings-coadaptation';

describe('the co-adaptation section’s live sentence', () => {
  it('says lower or higher as the numbers beside it are, layer by layer', () => {
    const text = COADAPTATION.live({
      step: 1200,
      a: { total: 0.063, byLayer: [0.006, 0.12] },
      b: { total: 0.03, byLayer: [0.06, -0.001] },
      dropout: [0, 0.5],
    });
    expect(text).toContain('step 1,200');
    expect(text).toContain('0.063 on average without dropout (a) and by 0.03 with it (b), lower with dropout');
    expect(text).toContain('hidden layer 1 (p = 0): 0.006 → 0.06, higher with dropout');
    expect(text).toContain('hidden layer 2 (p = 0.5): 0.12 → −0.001, lower with dropout');
  });

  it('calls two numbers that print the same "about the same", and has no comparison with one run', () => {
    expect(COADAPTATION.live({ step: 5, a: { total: 0.0301, byLayer: [0.0301] }, b: { total: 0.0302, byLayer: [0.0302] }, dropout: [0.5] })).toContain(
      'about the same',
    );
    const single = COADAPTATION.live({ step: 5, a: null, b: { total: 0.02, byLayer: [0.01, 0.03] }, dropout: [0, 0.5] });
    expect(single).not.toMatch(/lower|higher/);
    expect(single).toContain('by 0.02 on average');
  });
});
