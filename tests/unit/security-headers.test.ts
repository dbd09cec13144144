import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile, securityHeaders } from '../../src/lib/security-headers.ts';
import { parseHeadersFile } from '../support/headers-file.ts';

describe('contentSecurityPolicy', () => {
  it('allows scripts and styles from the site only, never inline', () => {
    const policy = contentSecurityPolicy();
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it('leaves out of the meta version what a meta policy cannot carry', () => {
    expect(contentSecurityPolicy({ meta: true })).not.toContain('frame-ancestors');
    expect(contentSecurityPolicy({ meta: true })).toContain("object-src 'none'");
  });
});

describe('headersFile', () => {
  it('sets every security header on all paths and caches fingerprinted assets under the base', () => {
    const text = headersFile('/explainer/');
    expect(parseHeadersFile(text)).toEqual(securityHeaders());
    expect(text).toContain('/explainer/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(text).toContain('Strict-Transport-Security');
  });
});
