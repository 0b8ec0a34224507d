// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { Options, type OptionsData } from '../../src/options/options-view';
import { t } from './i18n';

afterEach(cleanup);

const base = (over: Partial<OptionsData> = {}): OptionsData => ({
  prefs: { schemaVersion: 2, defaultMode: 'warn', sites: {}, pauses: {}, sync: false },
  platforms: { services: ['Instagram', 'Facebook'], datasets: ['Pinterest'], none: ['Reddit', 'GitHub'] },
  registryVersion: '2026.11.21',
  registryDate: '2026-11-21',
  t,
  ...over,
});

describe('Options', () => {
  it('shows the default mode and changes it', () => {
    const onDefaultMode = vi.fn();
    render(<Options {...base({ onDefaultMode })} />);
    const group = screen.getByTestId('default-mode');
    expect((within(group).getByRole('radio', { name: /Warn/ }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(group).getByRole('radio', { name: /Off/ }));
    expect(onDefaultMode).toHaveBeenCalledWith('off');
  });

  it('lists sites with their own setting, and resets one to the default', () => {
    const onSiteMode = vi.fn();
    render(<Options {...base({ prefs: { schemaVersion: 2, defaultMode: 'warn', sites: { 'x.com': 'off', 'instagram.com': 'quiet' }, pauses: {}, sync: false }, onSiteMode })} />);
    const rows = within(screen.getByTestId('sites')).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['instagram.com', 'x.com']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Mode for x.com' }), { target: { value: 'quiet' } });
    expect(onSiteMode).toHaveBeenCalledWith('x.com', 'quiet');
    fireEvent.click(screen.getByRole('button', { name: 'Use the default for instagram.com' }));
    expect(onSiteMode).toHaveBeenCalledWith('instagram.com', null);
  });

  it('explains where choices come from when there are none', () => {
    render(<Options {...base()} />);
    expect(screen.getByTestId('no-sites').textContent).toContain('Not on this site');
  });

  it('says what the registry covers', () => {
    render(<Options {...base()} />);
    expect(screen.getByText(/Registry 2026.11.21, facts reviewed on 2026-11-21\. .* Unscraped watches 5 social and photo platforms:/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Face-search services documented or reported to have harvested photos (2)' })).toBeTruthy();
    expect(screen.getByTestId('platforms-services').textContent).toBe('Instagram · Facebook');
    expect(screen.getByTestId('platforms-datasets').textContent).toBe('Pinterest');
    expect(screen.getByTestId('platforms-none').textContent).toBe('Reddit · GitHub');
  });
});
