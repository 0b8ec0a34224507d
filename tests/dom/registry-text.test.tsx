// @vitest-environment happy-dom
/** The registry's own texts follow the page's language: a German page shows the German claim, setting and channel
 * note from the registry's table (with the same source), and English stays the original. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/preact';
import { PlatformDetails } from '../../src/popup/explain/details';
import { Popup } from '../../src/popup/explain/popup-view';
import { evidenceFor, platformInfo, scraperInfo } from '../../src/core/registry/index';
import { DE } from '../../src/core/registry/translations/de';
import { registryLocalizer } from '../../src/core/registry/translations/index';
import { RegistryTextProvider } from '../../src/ui/i18n';
import { t } from './i18n';

afterEach(cleanup);

function popupFor(platform: string) {
  return (
    <Popup
      state={{ platform, pageKind: 'profile', uploads: 0, level: 'medium' }}
      platform={platformInfo(platform)}
      evidence={evidenceFor(platform).map((e) => ({ evidence: e, scraper: scraperInfo(e.scraper) }))}
      site={{ site: 'instagram.com', mode: 'warn', isDefault: true }}
      summary={[]}
      registryVersion="x"
      Details={PlatformDetails}
      expanded
      t={t}
    />
  );
}

describe('registry texts in the page’s language', () => {
  it('a German page shows the German claim and setting, with the same source link', () => {
    const claim = evidenceFor('instagram')[0]!.claim;
    const setting = platformInfo('instagram')!.setting;
    expect(DE[claim]).toBeTruthy();
    render(<RegistryTextProvider r={registryLocalizer('de', DE)}>{popupFor('instagram')}</RegistryTextProvider>);
    const list = screen.getByTestId('evidence');
    expect(within(list).getByText(DE[claim]!)).toBeTruthy();
    expect(within(list).queryByText(claim)).toBeNull();
    expect(within(list).getAllByRole('link')[0]!.getAttribute('href')).toBe(evidenceFor('instagram')[0]!.source.url);
    if (setting !== 'none-known') expect(screen.getByTestId('setting').textContent).toContain(DE[setting.text]!);
  });

  it('English is the original, unchanged', () => {
    const claim = evidenceFor('instagram')[0]!.claim;
    render(popupFor('instagram'));
    expect(within(screen.getByTestId('evidence')).getByText(claim)).toBeTruthy();
  });
});
