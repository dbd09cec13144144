import type { Annotation, Lang } from './content/schema.ts';

/**
 * The label of several notes shown in one box: each kind once, in the notes' order, the first as
 * the pages label it and the others in lower case after a slash ("Inconnu / contesté").
 */
export function notesLabel(notes: readonly Pick<Annotation, 'kind'>[], labels: Record<Annotation['kind'], string>, lang: Lang): string {
  return [...new Set(notes.map((note) => note.kind))]
    .map((kind, index) => (index === 0 ? labels[kind] : labels[kind].toLocaleLowerCase(lang)))
    .join(' / ');
}
