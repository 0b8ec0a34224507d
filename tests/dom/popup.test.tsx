// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { Popup } from '../../src/ui/Popup';
import en from '../../extension/_locales/en/messages.json';

afterEach(cleanup);

/** The real English strings, with $1 filled as the browser would. */
const t = (key: string, subs?: string | string[]) => {
  const m = (en as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>)[key];
  if (!m) return key;
  const args = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return m.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_x, name: string) => {
    const c = m.placeholders?.[name.toLowerCase()]?.content ?? '';
    return c.replace(/\$(\d)/g, (_y, i: string) => args[Number(i) - 1] ?? '');
  });
};

describe('Popup', () => {
  it('says it is loading until the state arrives', () => {
    render(<Popup state={null} platformName="" t={t} />);
    expect(screen.getByText('Loading…')).toBeTruthy();
  });

  it('explains a public profile page in plain words, with the facts', () => {
    render(<Popup state={{ platform: 'instagram', pageKind: 'profile', uploads: 0, level: 'medium' }} platformName="Instagram" t={t} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('Medium risk');
    expect(screen.getByText(/public profile page on Instagram/)).toBeTruthy();
    expect(screen.getByTestId('page-kind').textContent).toBe('Profile');
  });

  it('shows nothing about the page on an unlisted site', () => {
    render(<Popup state={{ platform: null, pageKind: null, uploads: 0, level: 'none' }} platformName="" t={t} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('Not a listed platform');
    expect(screen.queryByTestId('platform')).toBeNull();
  });

  it('renders hostile text inertly', () => {
    const evil = '<img src=x onerror="alert(1)">';
    const { container } = render(<Popup state={{ platform: 'x', pageKind: 'post', uploads: 2, level: 'high' }} platformName={evil} t={t} />);
    expect(container.querySelector('img[src=x]')).toBeNull();
    expect(container.textContent).toContain(evil);
  });
});
