import { describe, expect, it } from 'vitest';
import { eventsBetween } from '../../src/lib/timeline.ts';
import { timeline } from '../support/sample-data.ts';

describe('eventsBetween', () => {
  it('sorts events oldest first, month-only dates before the days of later months', () => {
    expect(eventsBetween(timeline).map((e) => e.id)).toEqual(['london', 'hq', 'summit']);
  });

  it('keeps the events inside an inclusive range', () => {
    expect(eventsBetween(timeline, '2025-07', '2025-12').map((e) => e.id)).toEqual(['hq']);
    expect(eventsBetween(timeline, undefined, '2026-01-06').map((e) => e.id)).toEqual(['london', 'hq', 'summit']);
    expect(eventsBetween(timeline, '2026-01').map((e) => e.id)).toEqual(['summit']);
  });
});
