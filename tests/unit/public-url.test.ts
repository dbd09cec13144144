import { afterEach, describe, expect, it } from 'vitest';
import { publicUrlGuard } from '../../src/integrations/public-url.ts';
import { MISSING_SITE_URL, URL_VARIABLES } from '../../src/lib/deploy-env.ts';

type Setup = (options: { command: string }) => void;
const setup = publicUrlGuard().hooks['astro:config:setup'] as unknown as Setup;
const saved = Object.fromEntries(URL_VARIABLES.map(({ name }) => [name, process.env[name]]));

afterEach(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe('publicUrlGuard', () => {
  it('stops a build with no public URL, naming SITE_URL', () => {
    for (const { name } of URL_VARIABLES) delete process.env[name];
    expect(() => setup({ command: 'build' })).toThrow(MISSING_SITE_URL);
  });

  it('lets dev, check and a build with a host’s own variable through', () => {
    for (const { name } of URL_VARIABLES) delete process.env[name];
    expect(() => setup({ command: 'dev' })).not.toThrow();
    process.env['CF_PAGES_URL'] = 'https://explainer.pages.dev';
    expect(() => setup({ command: 'build' })).not.toThrow();
  });
});
