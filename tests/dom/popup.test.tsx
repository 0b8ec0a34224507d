// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { CountUploadsQuestion, MyProfileToggle, PlatformDetails } from '../../src/popup/explain/details';
import { Popup, type PopupData } from '../../src/popup/explain/popup-view';
import type { Evidence, PlatformInfo, Scraper } from '../../src/core/registry/schema';
import { t } from './i18n';

afterEach(cleanup);

const insta: PlatformInfo = {
  id: 'instagram',
  name: 'Instagram',
  setting: { text: 'Make your account private.', link: 'https://help.example/private', source: { url: 'https://help.example/private', date: '2024', grade: 'verified' } },
};
const clearview: Scraper = {
  id: 'clearview-ai', name: 'Clearview AI', kind: 'face-search', what: 'x', whatSource: { url: 'https://a.example/', date: '2020', grade: 'verified' },
  status: { state: 'active', asOf: '2025-03', source: { url: 'https://a.example/', date: '2025-03', grade: 'verified' } }, record: [],
};
const summary = [{ key: 'explainMedium', args: ['Instagram'] }, { key: 'wordsServicesDocumented', args: ['Instagram', ['Clearview AI']] }];
const ev = (claim: string, grade: Evidence['source']['grade'] = 'verified') => ({
  evidence: { scraper: 'clearview-ai', platform: 'instagram', claim, source: { url: 'https://www.news.example/story', date: '2020-02-05', grade } },
  scraper: clearview,
});

function props(over: Partial<PopupData>): PopupData {
  return {
    state: { platform: 'instagram', pageKind: 'profile', uploads: 0, level: 'medium' },
    platform: insta,
    evidence: [ev('Clearview took photos from Instagram.')],
    site: { site: 'instagram.com', mode: 'warn', isDefault: true },
    registryVersion: '2026.11.21',
    summary,
    t,
    Details: PlatformDetails,
    Exposure: { MyProfileToggle, CountUploadsQuestion },
    ...over,
  };
}

describe('Popup', () => {
  it('says it is loading until the state arrives', () => {
    render(<Popup {...props({ state: null })} />);
    expect(screen.getByText('Loading…')).toBeTruthy();
  });

  it('explains a public profile page in plain words, with the facts', () => {
    render(<Popup {...props({})} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('Medium risk');
    expect(screen.getByTestId('summary').textContent).toBe(
      'This is a public profile page on Instagram. Face-search companies documented to have harvested photos from Instagram: Clearview AI.',
    );
    expect(screen.getByTestId('page-kind').textContent).toBe('Profile');
  });

  it('shows each scraper once with its strongest claim, its source and grade', () => {
    const pimeyes: Scraper = { ...clearview, id: 'pimeyes', name: 'PimEyes' };
    const other = { evidence: { ...ev('PimEyes claim.').evidence, scraper: 'pimeyes', source: { url: 'https://spiegel.example/a', date: '2020', grade: 'secondary' as const } }, scraper: pimeyes };
    render(<Popup {...props({ evidence: [ev('Claim one.'), ev('Claim two.'), other] })} />);
    expect(screen.getByRole('heading', { name: 'Linked to Instagram, and on what evidence' })).toBeTruthy();
    const entries = within(screen.getByTestId('evidence')).getAllByRole('listitem');
    expect(entries.map((li) => li.querySelector('strong')?.textContent)).toEqual(['Clearview AI', 'PimEyes']);
    expect(entries[0]!.textContent).toContain('Claim one.');
    expect(entries[0]!.textContent).not.toContain('Claim two.');
    const link = within(entries[0]!).getByRole('link', { name: /Source: news\.example, 2020/ });
    expect(link.getAttribute('href')).toBe('https://www.news.example/story');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(within(entries[1]!).getByText('secondary source')).toBeTruthy();
    // what each one is, and whether it still runs, with the date the source shows
    expect(within(entries[0]!).getByTestId('service').textContent).toBe(' · face-search service · documented as active (2025)');
  });

  it('shows a source with no date of its own as consulted, never with a made-up year', () => {
    const e = ev('A claim from an undated page.');
    const item = { ...e, evidence: { ...e.evidence, source: { url: 'https://megapixels.example/megaface/', date: '2026', grade: 'verified' as const, undated: true as const } } };
    render(<Popup {...props({ evidence: [item] })} />);
    expect(screen.getByRole('link', { name: 'Source: megapixels.example, consulted 2026' })).toBeTruthy();
  });

  it('shows every source and the regulators’ decisions on request, and at once in the expanded view', () => {
    const withRecord: Scraper = { ...clearview, record: [
      { type: 'decision', authority: 'Autoriteit Persoonsgegevens', country: 'NL', date: '2024-05-16', amount: 'EUR 30,500,000', ordered: 'A fine.', source: { url: 'https://avg.example/d', date: '2024-05-16', grade: 'verified' } },
      { type: 'action', authority: 'A complaint by a group', country: 'GB', date: '2022-11-08', ordered: 'A complaint, not a decision.', source: { url: 'https://ngo.example/c', date: '2022-11-08', grade: 'secondary' } },
    ] };
    const many = Array.from({ length: 4 }, (_, i) => ({ ...ev(`Claim ${i}.`), scraper: withRecord }));
    render(<Popup {...props({ evidence: many })} />);
    expect(screen.queryByText('Claim 3.')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show all 4 sources and the regulators’ decisions' }));
    expect(screen.getByText('Claim 3.')).toBeTruthy();
    expect(screen.getByText('Decisions about Clearview AI by regulators and courts: 1. Complaints, lawsuits and appeals: 1.')).toBeTruthy();
    expect(screen.getByText(/2024-05 · Autoriteit Persoonsgegevens · EUR 30,500,000/)).toBeTruthy();
    // each record shows its grade, as evidence does
    const complaint = screen.getByText('A complaint, not a decision.').closest('li')!;
    expect(within(complaint).getByText('secondary source')).toBeTruthy();
    cleanup();
    render(<Popup {...props({ evidence: many, expanded: true })} />);
    expect(screen.getByText('Claim 3.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
  });

  it('lists why the page has its level', () => {
    render(<Popup {...props({ state: { platform: 'instagram', pageKind: 'profile', uploads: 2, level: 'high' }, reasons: [
      { code: 'listed-platform', count: 0 }, { code: 'face-search', count: 2 },
      { code: 'public-profile', count: 2 }, { code: 'photo-uploaded', count: 2 }] })} />);
    const items = within(screen.getByTestId('reasons')).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'Instagram is publicly reachable: pages anyone can open can be copied.',
      'Face-search services linked to Instagram in the evidence below: 2.',
      'This page is a person’s or an account’s own profile.',
      'Photo uploads you chose in this tab: 2.',
    ]);
  });

  it('says so honestly when no scraper is documented for the platform', () => {
    render(<Popup {...props({ evidence: [], state: { platform: 'instagram', pageKind: 'other', uploads: 0, level: 'low' } })} />);
    expect(screen.getByTestId('no-evidence').textContent).toBe('Instagram is publicly reachable, but no face scraper is documented for it.');
  });

  it('gives the platform’s own setting as a step, with its help link, or says none is known', () => {
    render(<Popup {...props({})} />);
    expect(screen.getByTestId('setting').textContent).toContain('Make your account private.');
    expect(screen.getByRole('link', { name: 'How to do it on Instagram' }).getAttribute('href')).toBe('https://help.example/private');
    cleanup();
    render(<Popup {...props({ platform: { ...insta, setting: 'none-known' } })} />);
    expect(screen.getByTestId('setting').textContent).toContain('Unscraped has no sourced advice on a setting of Instagram');
  });

  it('lets the user choose warn, quiet or off for this site', () => {
    const onSiteMode = vi.fn();
    render(<Popup {...props({ onSiteMode })} />);
    expect((screen.getByRole('radio', { name: /Warn/ }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: /Quiet/ }));
    expect(onSiteMode).toHaveBeenCalledWith('instagram.com', 'quiet');
  });

  it('says Unscraped is off on a site the user turned off', () => {
    render(<Popup {...props({ site: { site: 'instagram.com', mode: 'off', isDefault: false }, state: { platform: 'instagram', pageKind: 'profile', uploads: 0, level: 'none' } })} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('Unscraped is off here');
  });

  it('shows nothing about the page on an unlisted site', () => {
    render(<Popup {...props({ state: { platform: null, pageKind: null, uploads: 0, level: 'none' }, platform: null, evidence: [], site: { site: null, mode: 'warn', isDefault: true } })} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('Not a listed platform');
    expect(screen.queryByTestId('platform')).toBeNull();
    expect(screen.queryByRole('radio')).toBeNull();
  });

  it('says when the browser withholds access to the listed sites, and asks for it in one click', () => {
    const onRequestAccess = vi.fn();
    render(<Popup {...props({ hostAccess: false, onRequestAccess })} />);
    expect(screen.getByRole('alert').textContent).toContain('Unscraped cannot see the listed sites');
    expect(screen.queryByRole('heading', { name: /Medium risk/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Allow access to the listed sites' }));
    expect(onRequestAccess).toHaveBeenCalledOnce();
    cleanup();
    render(<Popup {...props({ hostAccess: true })} />);
    expect(screen.queryByTestId('access')).toBeNull();
  });

  it('renders hostile text inertly', () => {
    const evil = '<img src=x onerror="alert(1)">';
    const { container } = render(<Popup {...props({ platform: { ...insta, name: evil }, evidence: [ev(evil)] })} />);
    expect(container.querySelector('img[src=x]')).toBeNull();
    expect(container.textContent).toContain(evil);
  });
});
