/**
 * State shared between the build's page bundle and the integrations. Astro's page bundle loads
 * its own copy of every module it imports, apart from the copy the integrations (and
 * `astro.config.mjs`) load, so a module-level value would be two values. Kept on `globalThis`
 * under a name of the site's, there is one per process, whichever copy asks first creating it.
 */
export function buildShared<Value>(name: string, create: () => Value): Value {
  const key = Symbol.for(`paris-summit-explainer.${name}`);
  const store = globalThis as Record<symbol, unknown>;
  if (!(key in store)) store[key] = create();
  return store[key] as Value;
}
