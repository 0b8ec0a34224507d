/** The manifest is a security boundary: these tests pin what it grants, so a change to it is a deliberate one. */
import { describe, expect, it } from 'vitest';
import source from '../../manifest.json';
import { manifestFor, GECKO_ID } from '../../vite.config';

const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'none'; connect-src 'none'; " +
  "media-src 'none'; object-src 'none'; frame-src 'none'; worker-src 'none'; base-uri 'none'; form-action 'none'; " +
  "frame-ancestors 'none'";

describe('source manifest', () => {
  it('asks for storage, scripting (to hand the content script its policy) and alarms (request deadlines), and nothing else', () => {
    expect(source.permissions).toEqual(['storage', 'scripting', 'alarms']);
    // notifications only if the user asks for them, at that moment
    expect(source.optional_permissions).toEqual(['notifications']);
  });
  it('lists no hosts: the build fills them in from the registry, so there is no copy to keep in step', () => {
    expect(source).not.toHaveProperty('host_permissions');
    for (const c of source.content_scripts) expect(c).not.toHaveProperty('matches');
    expect(JSON.stringify(source)).not.toContain('<all_urls>');
  });
  it('has one content script, in the top frame, at document_start (its window listeners come before any page script\'s)', () => {
    expect(source.content_scripts).toHaveLength(1);
    expect(source.content_scripts[0]).toMatchObject({ js: ['src/content/index.ts'], run_at: 'document_start', all_frames: false });
  });
  it('exposes nothing to web pages or other extensions', () => {
    expect(source).not.toHaveProperty('web_accessible_resources');
    expect(source.externally_connectable).toEqual({ ids: [], matches: [] });
  });
  it('pins a strict CSP for extension pages that forbids every connection', () => {
    expect(source.content_security_policy.extension_pages).toBe(CSP);
  });
  it('is localised with English as default', () => {
    expect(source.default_locale).toBe('en');
    expect(source.name).toBe('__MSG_extName__');
  });
});

describe('manifestFor', () => {
  it.each(['chrome', 'firefox'] as const)('%s: reaches only listed https hosts, the same in host permissions and content-script matches', (target) => {
    const m = manifestFor(target) as { content_scripts: { matches: string[] }[]; host_permissions: string[] };
    const matches = m.content_scripts.flatMap((c) => c.matches);
    expect(matches.length).toBeGreaterThan(0);
    expect([...matches].sort()).toEqual([...m.host_permissions].sort());
    for (const x of matches) expect(x).toMatch(/^https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]+\/\*$/);
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
    expect(m).not.toHaveProperty('optional_host_permissions');
  });
  it('keeps the Chrome manifest a service-worker MV3 manifest', () => {
    const m = manifestFor('chrome');
    expect(m.background).toEqual({ service_worker: 'src/background/index.ts', type: 'module' });
    expect(m).not.toHaveProperty('browser_specific_settings');
  });
  it('gives Firefox an event page, a gecko id, no data collection, and drops what Firefox does not support', () => {
    const m = manifestFor('firefox') as Record<string, unknown>;
    expect(m.background).toEqual({ scripts: ['src/background/index.ts'], type: 'module' });
    expect(m.browser_specific_settings).toEqual({
      gecko: { id: GECKO_ID, strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    });
    expect(m).not.toHaveProperty('externally_connectable');
    expect(m.permissions).toEqual(['storage', 'scripting', 'alarms']);
    expect(m.optional_permissions).toEqual(['notifications']);
  });
  it('does not change the source manifest', () => {
    manifestFor('firefox');
    manifestFor('chrome');
    expect(source.background).toEqual({ service_worker: 'src/background/index.ts', type: 'module' });
    expect(source).not.toHaveProperty('host_permissions');
    expect(source.content_scripts[0]).not.toHaveProperty('matches');
  });
});
