import { findReferences } from './content/mdx-scan.ts';

/** The source ids an MDX body cites with `<Cite>`, in the order of their first citation. */
export function citationOrder(body: string): string[] {
  const ids = findReferences(body)
    .filter((ref) => ref.component === 'Cite')
    .map((ref) => ref.value);
  return [...new Set(ids)];
}

/** The anchor id of a source in an article's source list. */
export function sourceAnchor(sourceId: string): string {
  return `source-${sourceId}`;
}

/** The anchor id of the n-th citation (1-based) of a source in the text. */
export function citationAnchor(sourceId: string, occurrence: number): string {
  return `cite-${sourceId}-${occurrence}`;
}
