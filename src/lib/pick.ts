/** Looks up entries by id and fails loudly on an unknown one (the content check should have caught it). */
export function pick<T>(what: string, byId: ReadonlyMap<string, T> | readonly (T & { id: string })[], id: string): T {
  const found = byId instanceof Map ? byId.get(id) : (byId as readonly (T & { id: string })[]).find((entry) => entry.id === id);
  if (found === undefined) throw new Error(`unknown ${what} id "${id}"`);
  return found;
}
