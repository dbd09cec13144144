import { describe, expect, it, vi } from 'vitest';
import { ogImageBuild } from '../../src/lib/og-image-build.ts';

describe('ogImageBuild', () => {
  it('is one object however many copies of the module are loaded', async () => {
    vi.resetModules();
    const copy = await import('../../src/lib/og-image-build.ts');
    expect(copy.ogImageBuild).toBe(ogImageBuild);
  });
});
