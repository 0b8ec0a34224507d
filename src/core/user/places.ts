/**
 * Where a requester lives, as the letters need it: a country (ISO 3166-1 alpha-2), and for the United States and
 * Germany a subdivision (a state's law, or the Land whose authority takes a complaint). Country names come from the
 * browser (`Intl.DisplayNames`); subdivision names are proper names, the same in every language.
 */

/** Countries offered first: where a supported law or authority applies. Any other ISO code may be typed. */
export const COUNTRIES: readonly string[] = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL',
  'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'GB', 'US', 'CA', 'AU', 'CH', 'NO', 'IS', 'LI',
];

export const US_STATES: Readonly<Record<string, string>> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut',
  DE: 'Delaware', DC: 'District of Columbia', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois',
  IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland',
  MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska',
  NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York', NC: 'North Carolina',
  ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island',
  SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia',
  WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
};

export const DE_LAENDER: Readonly<Record<string, string>> = {
  BW: 'Baden-Württemberg', BY: 'Bayern', BE: 'Berlin', BB: 'Brandenburg', HB: 'Bremen', HH: 'Hamburg', HE: 'Hessen',
  MV: 'Mecklenburg-Vorpommern', NI: 'Niedersachsen', NW: 'Nordrhein-Westfalen', RP: 'Rheinland-Pfalz', SL: 'Saarland',
  SN: 'Sachsen', ST: 'Sachsen-Anhalt', SH: 'Schleswig-Holstein', TH: 'Thüringen',
};

/** The subdivisions a country needs, or null when the country alone is enough. */
export function regionsOf(country: string): Readonly<Record<string, string>> | null {
  return country === 'US' ? US_STATES : country === 'DE' ? DE_LAENDER : null;
}

/** A place in words: "California, US" or "Bavaria"... using the given country-name function. */
export function placeName(country: string, region: string | undefined, countryName: (code: string) => string): string {
  const sub = region ? regionsOf(country)?.[region] : undefined;
  return sub ? `${sub} (${countryName(country)})` : countryName(country);
}
