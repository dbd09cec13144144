/**
 * An article's key points are frontmatter text, where no component can run: a reported figure is
 * written there as `{count:ID}`, the id of an entry of the summit's `counts` (content/summit.yaml),
 * as `<Count id="ID" />` writes it in the body, so that no figure is typed by hand.
 */

const COUNT_TOKEN = /\{count:([^{}]*)\}/g;

/** The count ids a key point names, in order. */
export function countTokens(text: string): string[] {
  return [...text.matchAll(COUNT_TOKEN)].map((match) => match[1] ?? '');
}

/** True when `text` keeps a brace once its `{count:ID}` tokens are set aside: a token miswritten. */
export function hasStrayBrace(text: string): boolean {
  return /[{}]/.test(text.replace(COUNT_TOKEN, ''));
}

/** `text` with each `{count:ID}` replaced by that count's figure; an unknown id is an error (the content check names it first). */
export function withFigures(text: string, counts: readonly { id: string; figure: number }[]): string {
  return text.replace(COUNT_TOKEN, (_token, id: string) => {
    const count = counts.find((entry) => entry.id === id);
    if (!count) throw new Error(`key point: unknown count id "${id}"`);
    return String(count.figure);
  });
}
