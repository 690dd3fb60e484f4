import { describe, expect, it } from 'vitest';
import { failedModuleUrl } from './lazy-part';

describe('failedModuleUrl', () => {
  it('finds the script a failed dynamic import names (Chromium, Firefox), or none (Safari)', () => {
    expect(failedModuleUrl(new TypeError('Failed to fetch dynamically imported module: https://lab.example.org/x/assets/Tour-B1a_2.js'))).toBe(
      'https://lab.example.org/x/assets/Tour-B1a_2.js',
    );
    expect(failedModuleUrl(new TypeError('error loading dynamically imported module: http://127.0.0.1:4173/assets/ExportMenu-g4eU4-u_.js'))).toBe(
      'http://127.0.0.1:4173/assets/ExportMenu-g4eU4-u_.js',
    );
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).toBeNull();
    expect(failedModuleUrl('not an error')).toBeNull();
  });
});
