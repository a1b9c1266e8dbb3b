/**
 * Where to put a dot for a country too small to have a shape at world-atlas' 1:110m scale
 * (Singapore, Malta, Bahrain…), as [longitude, latitude].
 *
 * Derived from world-atlas' countries-50m: the centroid of each country's largest polygon, to
 * one decimal (geo-small-countries.test.ts recomputes and checks them). Bundling these ~60
 * points is far cheaper than bundling the 50m atlas (750 KB) to find them at run time.
 */
export const SMALL_COUNTRY_POINTS: Readonly<Record<string, readonly [number, number]>> = {
  AS: [-170.7, -14.3], // American Samoa
  AD: [1.6, 42.5], // Andorra
  AI: [-63.1, 18.2], // Anguilla
  AG: [-61.8, 17.1], // Antigua and Barb.
  AW: [-70, 12.5], // Aruba
  BH: [50.5, 26], // Bahrain
  BB: [-59.6, 13.2], // Barbados
  BM: [-64.8, 32.3], // Bermuda
  IO: [72.4, -7.3], // Br. Indian Ocean Ter.
  CV: [-23.6, 15.1], // Cabo Verde
  KY: [-81.3, 19.3], // Cayman Is.
  KM: [43.3, -11.7], // Comoros
  CK: [-159.8, -21.2], // Cook Is.
  DM: [-61.4, 15.4], // Dominica
  FO: [-6.9, 62.2], // Faeroe Is.
  PF: [-149.4, -17.7], // Fr. Polynesia
  GD: [-61.7, 12.1], // Grenada
  GU: [144.8, 13.4], // Guam
  HM: [73.5, -53.1], // Heard I. and McDonald Is.
  VA: [12.4, 41.9], // Vatican
  HK: [114.1, 22.4], // Hong Kong
  KI: [-157.4, 1.9], // Kiribati
  LI: [9.5, 47.1], // Liechtenstein
  MO: [113.5, 22.2], // Macao
  MV: [73.5, 4.2], // Maldives
  MT: [14.4, 35.9], // Malta
  MH: [171.2, 7.1], // Marshall Is.
  MU: [57.6, -20.3], // Mauritius
  FM: [158.2, 6.9], // Micronesia
  MC: [7.4, 43.8], // Monaco
  MS: [-62.2, 16.7], // Montserrat
  NR: [166.9, -0.5], // Nauru
  NU: [-169.9, -19], // Niue
  NF: [167.9, -29.1], // Norfolk Island
  MP: [145.7, 15.2], // N. Mariana Is.
  PW: [134.6, 7.5], // Palau
  PN: [-128.3, -24.4], // Pitcairn Is.
  SH: [-5.7, -16], // Saint Helena
  KN: [-62.7, 17.3], // St. Kitts and Nevis
  LC: [-61, 13.9], // Saint Lucia
  PM: [-56.3, 46.9], // St. Pierre and Miquelon
  VC: [-61.2, 13.3], // St. Vin. and Gren.
  WS: [-172.4, -13.6], // Samoa
  SM: [12.5, 43.9], // San Marino
  ST: [6.6, 0.2], // São Tomé and Principe
  SC: [55.5, -4.7], // Seychelles
  SG: [103.8, 1.4], // Singapore
  GS: [-36.7, -54.4], // S. Geo. and the Is.
  TO: [-175.2, -21.2], // Tonga
  TC: [-71.7, 21.8], // Turks and Caicos Is.
  VG: [-64.6, 18.4], // British Virgin Is.
  VI: [-64.8, 17.7], // U.S. Virgin Is.
  WF: [-178.1, -14.3], // Wallis and Futuna Is.
  AX: [19.9, 60.2], // Åland
  CW: [-69, 12.2], // Curaçao
  GG: [-2.6, 49.5], // Guernsey
  IM: [-4.5, 54.2], // Isle of Man
  JE: [-2.1, 49.2], // Jersey
  BL: [-62.8, 17.9], // St-Barthélemy
  MF: [-63.1, 18.1], // St-Martin
  SX: [-63.1, 18.1], // Sint Maarten
  // Not in countries-50m either; placed by hand.
  BQ: [-68.3, 12.2], // Bonaire
  CC: [96.9, -12.2], // Cocos (Keeling) Islands
  CX: [105.6, -10.5], // Christmas Island
  GF: [-53.1, 4], // French Guiana
  GI: [-5.4, 36.1], // Gibraltar
  GP: [-61.6, 16.2], // Guadeloupe
  MQ: [-61, 14.6], // Martinique
  RE: [55.5, -21.1], // Réunion
  TV: [179.2, -8.5], // Tuvalu
  YT: [45.1, -12.8], // Mayotte
}
