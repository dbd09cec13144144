import { describe, expect, it } from 'vitest';
import { NARROW_NBSP as N, quotationMarks, TYPOGRAPHY_RULES, typeset, typesetStrings } from '../../src/lib/typography.ts';

describe('typeset', () => {
  it('turns on these rules and no other', () => {
    expect(TYPOGRAPHY_RULES).toEqual({
      fr: [
        'common/punctuation/apostrophe',
        'common/punctuation/apostropheAfterLetter',
        'common/punctuation/quote',
        'fr/nbsp/highPunctuation',
        'fr/nbsp/numbers',
      ],
      en: ['common/punctuation/apostrophe', 'common/punctuation/apostropheAfterLetter', 'common/punctuation/quote'],
    });
  });

  describe('in French', () => {
    it('curls apostrophes, inside and at the end of a word', () => {
      expect(typeset("L'Élysée, aujourd'hui, d'« axe »", 'fr')).toBe(`L’Élysée, aujourd’hui, d’«${N}axe${N}»`);
    });

    it('writes quotes as guillemets with a narrow no-break space inside, whatever space was typed', () => {
      expect(typeset('il a dit "oui" puis « non » et «\u00a0peut-être\u00a0»', 'fr')).toBe(
        `il a dit «${N}oui${N}» puis «${N}non${N}» et «${N}peut-être${N}»`,
      );
      expect(typeset('"le "plan" de paix"', 'fr')).toBe(`«${N}le ‹${N}plan${N}› de paix${N}»`);
    });

    it('puts a narrow no-break space before ; : ! ?, typed or not', () => {
      expect(typeset('Pourquoi ? Parce que : voilà ; enfin !', 'fr')).toBe(`Pourquoi${N}? Parce que${N}: voilà${N}; enfin${N}!`);
      expect(typeset('Pourquoi? Voilà: oui; non!? « Quoi » ?', 'fr')).toBe(
        `Pourquoi${N}? Voilà${N}: oui${N}; non${N}!? «${N}Quoi${N}»${N}?`,
      );
      expect(typeset(' ; Impact European', 'fr')).toBe(`${N}; Impact European`);
      expect(typeset('Floride\n ; Impact European', 'fr')).toBe(`Floride\n${N}; Impact European`);
    });

    it('keeps a number on one line: a narrow no-break space between groups of digits and before %', () => {
      expect(typeset('quelque 800 000 militaires, 1 200 000 euros, prêt à 100 %', 'fr')).toBe(
        `quelque 800${N}000 militaires, 1${N}200${N}000 euros, prêt à 100${N}%`,
      );
      expect(typeset('le 6 janvier 2026, 27 États, 35 pays', 'fr')).toBe('le 6 janvier 2026, 27 États, 35 pays');
    });

    it('leaves times, ratios, other numbers, dashes and other spaces as they are', () => {
      const text = 'À 10:30, 2:1, 35 pays - 27 dirigeants -- et  deux espaces... 1000 soldats';
      expect(typeset(text, 'fr')).toBe(text);
    });
  });

  describe('in English', () => {
    it('curls apostrophes and quotes, single ones within double ones', () => {
      expect(typeset(`Britain's "hub", the Netherlands' leader`, 'en')).toBe('Britain’s “hub”, the Netherlands’ leader');
      expect(typeset('He said "the "plan" works".', 'en')).toBe('He said “the ‘plan’ works”.');
    });

    it('adds no space before ; : ! ?', () => {
      expect(typeset('Why? Because: this; that!', 'en')).toBe('Why? Because: this; that!');
    });
  });

  it('leaves URLs, ids and markup characters alone', () => {
    for (const lang of ['fr', 'en'] as const) {
      for (const text of [
        'Voir https://www.elysee.fr/emmanuel-macron/2026/01/06/sommet?x=a:b&y=c! ici',
        'thenationalnews-2026-01-06',
        'liga.net/en/kiev/news',
        'Westminster & Pimlico News',
        'a < b',
      ]) {
        expect(typeset(text, lang)).toBe(text);
      }
    }
  });

  it('is idempotent: typesetting twice changes nothing more', () => {
    for (const [text, lang] of [
      [`L'Élysée : "oui" ; d'« axe » ? Non!`, 'fr'],
      [`" ; " : "x"`, 'fr'],
      [`Britain's "hub": the "big "plan"" works!`, 'en'],
    ] as const) {
      const once = typeset(text, lang);
      expect(typeset(once, lang)).toBe(once);
    }
  });
});

describe('typesetStrings', () => {
  it('typesets every string of a dictionary, in nested objects, arrays and what its functions return', () => {
    const dictionary = {
      siteName: "Sommet de Paris : l'explication",
      nav: { home: 'Accueil' },
      sections: [{ paragraphs: ['la page "Sources"'] }],
      readingTime: (minutes: number) => `Lecture : ${minutes} min`,
    };
    const typeset = typesetStrings(dictionary, 'fr');
    expect(typeset).toEqual({
      siteName: `Sommet de Paris${N}: l’explication`,
      nav: { home: 'Accueil' },
      sections: [{ paragraphs: [`la page «${N}Sources${N}»`] }],
      readingTime: expect.any(Function),
    });
    expect(typeset.readingTime(4)).toBe(`Lecture${N}: 4 min`);
  });
});

describe('quotationMarks', () => {
  it('are the marks typeset puts around a quote', () => {
    expect(quotationMarks('fr')).toEqual({ open: `«${N}`, close: `${N}»` });
    expect(quotationMarks('en')).toEqual({ open: '“', close: '”' });
  });
});
