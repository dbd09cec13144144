/**
 * Splits an MDX body into its prose paragraphs (not headings, lists of components, or
 * component-only blocks), so checks can ask each paragraph for its citations.
 */
export interface Paragraph {
  text: string;
  /** 1-based line within the body where the paragraph starts. */
  line: number;
}

/** The prose paragraphs of an MDX body, with the line each starts on. */
export function proseParagraphs(body: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let line = 1;
  for (const block of body.split(/\n\s*\n/)) {
    const text = block.trim();
    const startLine =
      line +
      (block.length - block.trimStart().length > 0 ? block.slice(0, block.length - block.trimStart().length).split('\n').length - 1 : 0);
    line += block.split('\n').length + 1;
    if (text === '' || text.startsWith('#')) continue;
    const prose = text.replace(/<\/?[A-Za-z][^>]*>/g, '').trim();
    if (prose === '') continue;
    paragraphs.push({ text, line: startLine });
  }
  return paragraphs;
}
