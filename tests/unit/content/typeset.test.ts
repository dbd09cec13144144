import { describe, expect, it } from 'vitest';
import type { ArticleData, Person, Source } from '../../../src/lib/content/schema.ts';
import { typesetArticle, typesetBilingual, typesetSource } from '../../../src/lib/content/typeset.ts';

const N = '\u202f';

describe('typesetBilingual', () => {
  it('typesets each { fr, en } text in its language, at any depth, and nothing else', () => {
    const person: Person = {
      id: 'starmer',
      name: "Keir O'Starmer",
      role: { fr: 'Premier ministre : coprésident', en: 'Prime Minister: co-chair' },
      roleSources: ['elysee'],
      country: 'GB',
      presence: { status: 'present', sources: ['elysee'] },
      statements: [{ text: { fr: "Des « pôles » dans l'Ukraine", en: 'He said "military hubs"' }, sources: ["l'id"] }],
      notes: [{ kind: 'unknown', text: { fr: 'Date ?', en: 'Date?' }, sources: [] }],
    };
    expect(typesetBilingual(person)).toEqual({
      ...person,
      role: { fr: `Premier ministre${N}: coprésident`, en: 'Prime Minister: co-chair' },
      statements: [{ text: { fr: `Des «${N}pôles${N}» dans l’Ukraine`, en: 'He said “military hubs”' }, sources: ["l'id"] }],
      notes: [{ kind: 'unknown', text: { fr: `Date${N}?`, en: 'Date?' }, sources: [] }],
    });
  });
});

describe('typesetArticle', () => {
  it('typesets the titles, standfirst, key points and corrections in the article language', () => {
    const data: ArticleData = {
      title: 'Qui était là ?',
      shortTitle: "L'essentiel",
      cardTitle: "L'essentiel : qui",
      description: 'L\'essentiel : "qui"',
      lang: 'fr',
      translationKey: 'who-came',
      published: '2026-01-07',
      factsAsOf: '2026-01-07',
      topic: 'participants',
      homeOrder: 2,
      keyPoints: ["L'Élysée"],
      corrections: [{ date: '2026-01-08', note: "Nous avions écrit l'inverse !" }],
      draft: false,
    };
    expect(typesetArticle(data)).toEqual({
      ...data,
      title: `Qui était là${N}?`,
      shortTitle: 'L’essentiel',
      cardTitle: `L’essentiel${N}: qui`,
      description: `L’essentiel${N}: «${N}qui${N}»`,
      keyPoints: ['L’Élysée'],
      corrections: [{ date: '2026-01-08', note: `Nous avions écrit l’inverse${N}!` }],
    });
    expect(typesetArticle({ ...data, lang: 'en', title: `Who came: the "list"` }).title).toBe('Who came: the “list”');
  });
});

describe('typesetSource', () => {
  const source: Source = {
    id: 'lexpress',
    publisher: "L'Express",
    title: 'Sommet : "garanties"',
    url: "https://www.lexpress.fr/l'article",
    date: '2026-01-06',
    language: 'fr',
    kind: 'press',
  };

  it('typesets the publisher in the source language, and leaves the headline and the URL as written', () => {
    expect(typesetSource(source)).toEqual({ ...source, publisher: 'L’Express' });
  });

  it('leaves a source in another language as written', () => {
    expect(typesetSource({ ...source, language: 'de' })).toEqual({ ...source, language: 'de' });
  });

  it('typesets a publisher named in French and in English in each, whatever the source language', () => {
    const ukrainian = { ...source, language: 'uk', publisher: { fr: "Présidence de l'Ukraine", en: "Ukraine's presidency" } };
    expect(typesetSource(ukrainian).publisher).toEqual({ fr: 'Présidence de l’Ukraine', en: 'Ukraine’s presidency' });
  });
});
