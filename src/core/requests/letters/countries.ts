/** "In <country>" for the residence sentence of a letter, in the four letter languages (EU members, GB, US, CA, AU),
 * with the preposition and article each language needs (fr: en/au/aux/à; de: in/im/in der/in den). */
import type { LetterLanguage } from '../../registry/request-schema';

const IN: Record<string, [en: string, nl: string, de: string, fr: string]> = {
  AT: ['in Austria', 'in Oostenrijk', 'in Österreich', 'en Autriche'],
  BE: ['in Belgium', 'in België', 'in Belgien', 'en Belgique'],
  BG: ['in Bulgaria', 'in Bulgarije', 'in Bulgarien', 'en Bulgarie'],
  HR: ['in Croatia', 'in Kroatië', 'in Kroatien', 'en Croatie'],
  CY: ['in Cyprus', 'in Cyprus', 'in Zypern', 'à Chypre'],
  CZ: ['in Czechia', 'in Tsjechië', 'in Tschechien', 'en Tchéquie'],
  DK: ['in Denmark', 'in Denemarken', 'in Dänemark', 'au Danemark'],
  EE: ['in Estonia', 'in Estland', 'in Estland', 'en Estonie'],
  FI: ['in Finland', 'in Finland', 'in Finnland', 'en Finlande'],
  FR: ['in France', 'in Frankrijk', 'in Frankreich', 'en France'],
  DE: ['in Germany', 'in Duitsland', 'in Deutschland', 'en Allemagne'],
  GR: ['in Greece', 'in Griekenland', 'in Griechenland', 'en Grèce'],
  HU: ['in Hungary', 'in Hongarije', 'in Ungarn', 'en Hongrie'],
  IE: ['in Ireland', 'in Ierland', 'in Irland', 'en Irlande'],
  IT: ['in Italy', 'in Italië', 'in Italien', 'en Italie'],
  LV: ['in Latvia', 'in Letland', 'in Lettland', 'en Lettonie'],
  LT: ['in Lithuania', 'in Litouwen', 'in Litauen', 'en Lituanie'],
  LU: ['in Luxembourg', 'in Luxemburg', 'in Luxemburg', 'au Luxembourg'],
  MT: ['in Malta', 'in Malta', 'in Malta', 'à Malte'],
  NL: ['in the Netherlands', 'in Nederland', 'in den Niederlanden', 'aux Pays-Bas'],
  PL: ['in Poland', 'in Polen', 'in Polen', 'en Pologne'],
  PT: ['in Portugal', 'in Portugal', 'in Portugal', 'au Portugal'],
  RO: ['in Romania', 'in Roemenië', 'in Rumänien', 'en Roumanie'],
  SK: ['in Slovakia', 'in Slowakije', 'in der Slowakei', 'en Slovaquie'],
  SI: ['in Slovenia', 'in Slovenië', 'in Slowenien', 'en Slovénie'],
  ES: ['in Spain', 'in Spanje', 'in Spanien', 'en Espagne'],
  SE: ['in Sweden', 'in Zweden', 'in Schweden', 'en Suède'],
  GB: ['in the United Kingdom', 'in het Verenigd Koninkrijk', 'im Vereinigten Königreich', 'au Royaume-Uni'],
  US: ['in the United States', 'in de Verenigde Staten', 'in den Vereinigten Staaten', 'aux États-Unis'],
  CA: ['in Canada', 'in Canada', 'in Kanada', 'au Canada'],
  AU: ['in Australia', 'in Australië', 'in Australien', 'en Australie'],
};

const INDEX: Record<LetterLanguage, number> = { en: 0, nl: 1, de: 2, fr: 3 };

/** "in the Netherlands", "in Nederland", "in den Niederlanden", "aux Pays-Bas"; the bare code when unknown. */
export function livingIn(code: string, language: LetterLanguage): string {
  return IN[code]?.[INDEX[language]] ?? code;
}

export const KNOWN_COUNTRIES: readonly string[] = Object.keys(IN);
