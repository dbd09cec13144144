/**
 * The headlines the facts file (shared/facts/summit-facts.md, beside the repository) records for
 * the sources: section 8a by source id (status H), and section 8b by the URL of the page seen
 * (column "headline (as shown)"). Read from its Markdown tables, never typed again by hand.
 */

/** The rows of the first table under the heading that starts with `heading`, as trimmed cells. */
export function tableRows(markdown: string, heading: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.startsWith(heading));
  if (start === -1) throw new Error(`no heading "${heading}" in the facts file`);
  const end = lines.findIndex((line, index) => index > start && line.startsWith('#'));
  const table = lines.slice(start + 1, end === -1 ? undefined : end).filter((line) => line.startsWith('|'));
  // The first two lines are the header and the |---| separator.
  return table.slice(2).map((line) =>
    line
      .slice(1, line.endsWith('|') ? -1 : undefined)
      .split('|')
      .map((cell) => cell.trim()),
  );
}

/**
 * A headline cell without the remark the researcher added after it, such as
 * `(video line: "…")` or `(kicker: "…")`. A parenthesis that belongs to the headline, like
 * `(Macron)`, has no label and stays.
 */
export function headlineOnly(cell: string): string {
  return cell.replace(/\s+\([a-z ]+: .*\)$/, '');
}

/** Section 8a: source id → headline, for the rows whose status is H (headline seen). */
export function headlinesById(markdown: string): Map<string, string> {
  const rows = tableRows(markdown, '### 8a.');
  return new Map(
    rows.filter(([, , , , , status = '']) => /^H\b/.test(status)).map(([, id = '', headline = '']) => [id, headlineOnly(headline)]),
  );
}

const NO_HEADLINE = /^(not shown|not found|—|\(see )/;

/** Section 8b: URL of the page seen → headline, for the rows that give one. */
export function headlinesByUrl(markdown: string): Map<string, string> {
  const rows = tableRows(markdown, '### 8b.');
  return new Map(
    rows
      .filter(([, , url = '', , headline = '']) => url.startsWith('https://') && headline !== '' && !NO_HEADLINE.test(headline))
      .map(([, , url = '', , headline = '']) => [url, headlineOnly(headline)]),
  );
}
