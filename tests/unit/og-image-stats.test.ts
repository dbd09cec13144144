import { describe, expect, it, vi } from 'vitest';
import { ogImageStats } from '../../src/lib/og-image-stats.ts';

describe('ogImageStats', () => {
  it('is one object however many copies of the module are loaded', async () => {
    vi.resetModules();
    const copy = await import('../../src/lib/og-image-stats.ts');
    expect(copy.ogImageStats).toBe(ogImageStats);
  });
});
