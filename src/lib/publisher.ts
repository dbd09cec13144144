/**
 * Who publishes this copy of the site, for the contact and legal-notice sections of the Méthode
 * page. They are environment variables read at build, like SITE_URL, not content: they belong to
 * whoever deploys the site (a fork, a preview, a test build has none), and an address or an
 * email is not written into the repository's history. All the required ones are set, or none.
 */
import { z } from 'astro/zod';

type Env = Record<string, string | undefined>;

/** Each detail and the variable that gives it; `required` ones make the legal notice. */
export const PUBLISHER_VARIABLES = {
  name: { variable: 'PUBLISHER_NAME', required: true },
  address: { variable: 'PUBLISHER_ADDRESS', required: false },
  director: { variable: 'PUBLICATION_DIRECTOR', required: true },
  contact: { variable: 'PUBLISHER_CONTACT', required: true },
  host: { variable: 'HOSTING_PROVIDER', required: true },
  hostAddress: { variable: 'HOSTING_ADDRESS', required: false },
} as const;
type Detail = keyof typeof PUBLISHER_VARIABLES;
const DETAILS = Object.keys(PUBLISHER_VARIABLES) as Detail[];
const REQUIRED = DETAILS.filter((detail) => PUBLISHER_VARIABLES[detail].required);
const variables = (details: readonly Detail[]) => details.map((detail) => PUBLISHER_VARIABLES[detail].variable).join(', ');

/** Where to write to the publisher: an email address (as a mailto: link) or a web page (a form). */
export interface ContactLink {
  href: string;
  text: string;
}

export interface Publisher {
  name: string;
  address?: string;
  director: string;
  contact: ContactLink;
  host: string;
  hostAddress?: string;
}

/** What a build without the publisher's details says (a warning: test and preview builds have none). */
export const MISSING_PUBLISHER = [
  'No publisher details: the Méthode page shows no contact or legal notice, only how corrections',
  `are made. For a published site, set ${variables(REQUIRED)}`,
  `(and, optionally, ${variables(DETAILS.filter((detail) => !PUBLISHER_VARIABLES[detail].required))}).`,
].join('\n');

const email = z.email();
const webPage = z.url({ protocol: /^https?$/ });

/** The link for PUBLISHER_CONTACT: an email address or an http(s) URL, else an error naming the variable. */
export function contactLink(raw: string): ContactLink {
  if (email.safeParse(raw).success) return { href: `mailto:${raw}`, text: raw };
  if (webPage.safeParse(raw).success) {
    const url = new URL(raw);
    return { href: url.href, text: `${url.host}${url.pathname === '/' ? '' : url.pathname}` };
  }
  throw new Error(`${PUBLISHER_VARIABLES.contact.variable} must be an email address or an http(s) URL, got "${raw}"`);
}

/**
 * The publisher's details from the environment; undefined when none is set. Throws, naming the
 * missing variables, when only some of the required ones are: a half-filled legal notice is a
 * deploy mistake, not something to publish.
 */
export function readPublisher(env: Env): Publisher | undefined {
  const value = (detail: Detail) => env[PUBLISHER_VARIABLES[detail].variable]?.trim() || undefined;
  if (DETAILS.every((detail) => value(detail) === undefined)) return undefined;
  const missing = REQUIRED.filter((detail) => value(detail) === undefined);
  if (missing.length > 0) throw new Error(`The legal notice also needs ${variables(missing)}: set ${variables(REQUIRED)}, or none.`);
  const address = value('address');
  const hostAddress = value('hostAddress');
  return {
    name: value('name') ?? '',
    ...(address && { address }),
    director: value('director') ?? '',
    contact: contactLink(value('contact') ?? ''),
    host: value('host') ?? '',
    ...(hostAddress && { hostAddress }),
  };
}
