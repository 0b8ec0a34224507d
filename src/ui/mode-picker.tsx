/** Warn, quiet or off: the one list of modes with their words, as radios (popup, options) or as a select (options). */
import { SITE_MODES, type SiteMode } from '../core/prefs';
import { useT } from './i18n';

export const MODE_KEYS: Record<SiteMode, { label: string; hint: string }> = {
  warn: { label: 'modeWarn', hint: 'modeWarnHint' },
  quiet: { label: 'modeQuiet', hint: 'modeQuietHint' },
  off: { label: 'modeOff', hint: 'modeOffHint' },
};

export function ModeRadios({ name, value, legend, legendHidden, onChange, testId }: {
  name: string;
  value: SiteMode;
  legend: string;
  legendHidden?: boolean;
  onChange?: (mode: SiteMode) => void;
  testId?: string;
}) {
  const t = useT();
  return (
    <fieldset class="modes" data-testid={testId}>
      <legend class={legendHidden ? 'sr-only' : undefined}>{legend}</legend>
      {SITE_MODES.map((m) => (
        <label key={m} class="mode">
          <input type="radio" name={name} value={m} checked={value === m} onChange={() => onChange?.(m)} />
          <span>
            <span class="mode-label">{t(MODE_KEYS[m].label)}</span>
            <span class="muted mode-hint">{t(MODE_KEYS[m].hint)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

export function ModeSelect({ value, label, onChange }: { value: SiteMode; label: string; onChange?: (mode: SiteMode) => void }) {
  const t = useT();
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange?.((e.currentTarget as HTMLSelectElement).value as SiteMode)}>
      {SITE_MODES.map((m) => (
        <option key={m} value={m}>
          {t(MODE_KEYS[m].label)}
        </option>
      ))}
    </select>
  );
}
