import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/lib/content/schema.ts';
import {
  entryAnchor,
  eventsBetween,
  firstSentence,
  latestEventsAfter,
  linksItsArticles,
  monthAnchor,
  timelineMonths,
  withRecordEndApart,
} from '../../src/lib/timeline.ts';
import { timeline } from '../support/sample-data.ts';

const [summit] = timeline as [TimelineEvent];

describe('eventsBetween', () => {
  it('sorts events oldest first, month-only dates before the days of later months', () => {
    expect(eventsBetween(timeline).map((e) => e.id)).toEqual(['london', 'hq', 'summit']);
  });

  it('orders the events of one date by their order, whatever their ids or their place in the list', () => {
    const day = (id: string, order: number): TimelineEvent => ({ ...summit, id, order });
    const events = [day('a-press-conference', 3), day('z-programme', 1), day('m-summit', 2)];
    expect(eventsBetween(events).map((e) => e.id)).toEqual(['z-programme', 'm-summit', 'a-press-conference']);
    expect(eventsBetween([...events].reverse()).map((e) => e.id)).toEqual(['z-programme', 'm-summit', 'a-press-conference']);
  });

  it('keeps the events inside an inclusive range', () => {
    expect(eventsBetween(timeline, '2025-07', '2025-12').map((e) => e.id)).toEqual(['hq']);
    expect(eventsBetween(timeline, undefined, '2026-01-06').map((e) => e.id)).toEqual(['london', 'hq', 'summit']);
    expect(eventsBetween(timeline, '2026-01').map((e) => e.id)).toEqual(['summit']);
  });
});

describe('timelineMonths', () => {
  it('gives each month once, in the order of the events, with its number of events and its first event', () => {
    const events = [
      { id: 'london', date: '2025-03-02' },
      { id: 'video', date: '2025-03-15' },
      { id: 'hq', date: '2025-07' },
      { id: 'summit', date: '2026-01-06' },
    ];
    expect(timelineMonths(events)).toEqual([
      { month: '2025-03', count: 2, firstEventId: 'london' },
      { month: '2025-07', count: 1, firstEventId: 'hq' },
      { month: '2026-01', count: 1, firstEventId: 'summit' },
    ]);
    expect(timelineMonths([])).toEqual([]);
  });

  it('names the anchor a month’s jump link lands on', () => {
    expect(monthAnchor('2026-01')).toBe('month-2026-01');
  });
});

describe('linksItsArticles', () => {
  it('links an entry’s articles unless the entry before links the same ones', () => {
    const entries = [['context'], ['context'], ['context', 'guarantees'], [], ['context'], ['context']].map((articles) => ({ articles }));
    expect(linksItsArticles(entries)).toEqual([true, false, true, false, true, false]);
  });
});

describe('withRecordEndApart', () => {
  const stops = { kind: 'unknown' as const, text: { fr: 'Notre relevé s’arrête ici.', en: 'Our record stops here.' }, sources: ['ostro'] };
  const disputed = { kind: 'disputed' as const, text: { fr: 'Contesté', en: 'Disputed' }, sources: ['ostro'] };
  const latest: TimelineEvent = { ...timeline[0]!, id: 'florida', date: '2026-03-21', notes: [disputed, stops] };
  const whole = [...timeline, latest];

  it('takes the unknown note of the timeline’s latest event out of its entry, to show once after the list', () => {
    const { events, recordEnd } = withRecordEndApart([timeline[0]!, latest], whole);
    expect(recordEnd).toEqual([stops]);
    expect(events.map((event) => event.notes)).toEqual([[], [disputed]]);
  });

  it('leaves a selection that stops before the latest event as it is, with no closing note', () => {
    const { events, recordEnd } = withRecordEndApart([timeline[0]!], whole);
    expect(recordEnd).toEqual([]);
    expect(events).toEqual([timeline[0]]);
  });
});

describe('latestEventsAfter', () => {
  const on = (id: string, date: string, order?: number): TimelineEvent => ({ ...summit, id, date, ...(order ? { order } : {}) });
  const events = [
    on('after-2', '2026-03-21'),
    on('summit', '2026-01-06'),
    on('after-1b', '2026-02-24', 2),
    on('after-1a', '2026-02-24', 1),
    on('before', '2025-07'),
  ];

  it('gives the last events dated after the day, oldest first, the events of a day in their order', () => {
    expect(latestEventsAfter(events, '2026-01-06', 2).map((e) => e.id)).toEqual(['after-1b', 'after-2']);
    expect(latestEventsAfter(events, '2026-01-06', 5).map((e) => e.id)).toEqual(['after-1a', 'after-1b', 'after-2']);
    expect(latestEventsAfter(events, '2026-03-21', 4)).toEqual([]);
  });
});

describe('firstSentence', () => {
  it('stops at the first full stop, question or exclamation mark that a capital letter follows', () => {
    expect(firstSentence('Macron reçoit Zelensky. « Rien ne nous détournera de l’Ukraine », dit-il.')).toBe('Macron reçoit Zelensky.');
    expect(firstSentence('Who chaired it? Macron and Starmer.')).toBe('Who chaired it?');
    expect(firstSentence('He said “nearly ready.” Then he left.')).toBe('He said “nearly ready.”');
  });

  it('keeps a text of one sentence whole, and a full stop inside a sentence (a number, an abbreviation before a lower case)', () => {
    expect(firstSentence('Le Kremlin parle d’une « pause conjoncturelle » (texte de Reuters).')).toBe(
      'Le Kremlin parle d’une « pause conjoncturelle » (texte de Reuters).',
    );
    expect(firstSentence('A fund of 1.5 billion, approx. half of it new. Then more.')).toBe(
      'A fund of 1.5 billion, approx. half of it new.',
    );
  });
});

describe('entryAnchor', () => {
  it('prefixes the entry’s id', () => {
    expect(entryAnchor('macron-zelensky-2026-03-13')).toBe('entry-macron-zelensky-2026-03-13');
  });
});
