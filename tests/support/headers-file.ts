/** Reading the `_headers` file the build writes. */

/** Reads the headers a `_headers` file sets for every path (`/*`), e.g. to apply them in a test. */
export function parseHeadersFile(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let inAllPaths = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!/^\s/.test(line)) inAllPaths = line.trim() === '/*';
    else if (inAllPaths) {
      const colon = line.indexOf(':');
      headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return headers;
}
