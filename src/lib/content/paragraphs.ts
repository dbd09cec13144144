/** Word counts for reading time. */
/** The number of words of a paragraph, once component tags are taken out. */
export function wordCount(text: string): number {
  // A word: a run of non-space characters holding at least one letter or digit.
  return text.replace(/<\/?[A-Za-z][^>]*>/g, ' ').match(/\S*[\p{L}\p{N}]\S*/gu)?.length ?? 0;
}
