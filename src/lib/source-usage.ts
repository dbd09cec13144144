/** A page of the site and the sources it cites. */
export interface CitingPage {
  title: string;
  href: string;
  sources: readonly string[];
}

/** For each source id, the pages that cite it, in the order the pages are given. */
export function pagesCiting(pages: readonly CitingPage[]): Map<string, CitingPage[]> {
  const usage = new Map<string, CitingPage[]>();
  for (const page of pages) {
    for (const id of new Set(page.sources)) {
      const citing = usage.get(id);
      if (citing) citing.push(page);
      else usage.set(id, [page]);
    }
  }
  return usage;
}
