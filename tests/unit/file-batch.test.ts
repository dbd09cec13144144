import { describe, expect, it } from 'vitest';
import { FILE_CONCURRENCY, forEachFile } from '../../src/lib/file-batch.ts';

describe('forEachFile', () => {
  it('gives the results in the order of the items', async () => {
    const delays = [30, 0, 10, 20];
    const results = await forEachFile(delays, (delay) => new Promise<number>((resolve) => setTimeout(() => resolve(delay), delay)));
    expect(results).toEqual(delays);
  });

  it(`never runs more than ${FILE_CONCURRENCY} at once`, async () => {
    let running = 0;
    let most = 0;
    await forEachFile(
      Array.from({ length: 100 }, (_, index) => index),
      async () => {
        running++;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 1));
        running--;
      },
    );
    expect(most).toBe(FILE_CONCURRENCY);
  });
});
