/** The UI's strings: one `t` for a page, given once at its root and read with `useT()` by every component below. */
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';

export type Translate = (key: string, subs?: string | string[]) => string;

const TranslateContext = createContext<Translate>((key) => key);

export function TranslateProvider({ t, children }: { t: Translate; children: ComponentChildren }) {
  return <TranslateContext.Provider value={t}>{children}</TranslateContext.Provider>;
}

export function useT(): Translate {
  return useContext(TranslateContext);
}

/** The registry's own texts (claims, records, settings, channel notes) in the page's language: identity for English,
 * or when the language has no translation of a text. A page loads its language's table once, before it renders. */
export type RegistryText = (english: string) => string;

const RegistryTextContext = createContext<RegistryText>((s) => s);

export function RegistryTextProvider({ r, children }: { r: RegistryText; children: ComponentChildren }) {
  return <RegistryTextContext.Provider value={r}>{children}</RegistryTextContext.Provider>;
}

export function useR(): RegistryText {
  return useContext(RegistryTextContext);
}
