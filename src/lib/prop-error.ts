import { AstroError } from 'astro/errors';

/**
 * The error for a bad property of a component that only the component can see (a citation's
 * source id, a figure's alt text): it names the file being rendered, the component, the
 * property and its value, and shows in Astro's overlay under `astro dev`.
 * @param file the MDX file or page being rendered (`Astro.locals.file`, else the page's URL)
 */
export function propError(file: string, component: string, property: string, value: unknown, problem: string): AstroError {
  return new AstroError(`${file} › <${component}> ${property} = ${JSON.stringify(value) ?? 'undefined'}: ${problem}`);
}
