/**
 * A sentence split before its closing full stop, so that a note call goes where French and English
 * typography put it, against the last word (`selon Belga[12].`), and no line breaks before it.
 */
export function splitFinalStop(text: string): { body: string; stop: string } {
  const match = /^(.*?)(\.?)$/su.exec(text);
  return { body: match?.[1] ?? text, stop: match?.[2] ?? '' };
}
