// The language-neutral unit table: every unit symbol of the record contract with its dimension and
// its factor to the dimension's SI base unit, plus the written symbols (case-sensitive) that name
// them in any language. Unit *words* ("mégawatts", "square feet") live in the language files.
import type { Dimension } from '../../pipeline/schema.js';

export type Variant = 'peak' | 'electric' | 'thermal';
export type Per = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year';

export interface UnitInfo {
  dimension: Dimension;
  /** SI value = amount × factor (+ offset, for temperatures). */
  factor: number;
  offset?: number;
}

/** The base unit `value.si` is expressed in, per dimension (temperatures in kelvin). */
export const SI_UNIT: Record<Dimension, string> = {
  power: 'W',
  energy: 'J',
  length: 'm',
  area: 'm2',
  volume: 'm3',
  mass: 'kg',
  temperature: 'K',
  speed: 'm/s',
  data: 'B',
  ratio: '1',
  duration: 's',
  voltage: 'V',
  frequency: 'Hz',
};

const WH = 3600;
const BIT = 0.125;

/** Unit symbol (as written in records) → dimension and SI factor. */
export const UNITS: Record<string, UnitInfo> = {
  mW: { dimension: 'power', factor: 1e-3 },
  W: { dimension: 'power', factor: 1 },
  kW: { dimension: 'power', factor: 1e3 },
  MW: { dimension: 'power', factor: 1e6 },
  GW: { dimension: 'power', factor: 1e9 },
  TW: { dimension: 'power', factor: 1e12 },

  Wh: { dimension: 'energy', factor: WH },
  kWh: { dimension: 'energy', factor: WH * 1e3 },
  MWh: { dimension: 'energy', factor: WH * 1e6 },
  GWh: { dimension: 'energy', factor: WH * 1e9 },
  TWh: { dimension: 'energy', factor: WH * 1e12 },
  J: { dimension: 'energy', factor: 1 },
  kJ: { dimension: 'energy', factor: 1e3 },
  MJ: { dimension: 'energy', factor: 1e6 },
  GJ: { dimension: 'energy', factor: 1e9 },
  TJ: { dimension: 'energy', factor: 1e12 },
  PJ: { dimension: 'energy', factor: 1e15 },
  // Tonne of oil equivalent (IEA: 41.868 GJ), the unit of national energy balances.
  toe: { dimension: 'energy', factor: 41.868e9 },

  mm: { dimension: 'length', factor: 1e-3 },
  cm: { dimension: 'length', factor: 1e-2 },
  m: { dimension: 'length', factor: 1 },
  km: { dimension: 'length', factor: 1e3 },
  in: { dimension: 'length', factor: 0.0254 },
  ft: { dimension: 'length', factor: 0.3048 },
  yd: { dimension: 'length', factor: 0.9144 },
  mi: { dimension: 'length', factor: 1609.344 },
  nmi: { dimension: 'length', factor: 1852 },

  m2: { dimension: 'area', factor: 1 },
  km2: { dimension: 'area', factor: 1e6 },
  ha: { dimension: 'area', factor: 1e4 },
  acre: { dimension: 'area', factor: 4046.8564224 },
  ft2: { dimension: 'area', factor: 0.09290304 },
  mi2: { dimension: 'area', factor: 2589988.110336 },

  ml: { dimension: 'volume', factor: 1e-6 },
  cl: { dimension: 'volume', factor: 1e-5 },
  dl: { dimension: 'volume', factor: 1e-4 },
  l: { dimension: 'volume', factor: 1e-3 },
  hl: { dimension: 'volume', factor: 0.1 },
  m3: { dimension: 'volume', factor: 1 },
  ft3: { dimension: 'volume', factor: 0.028316846592 },
  gal: { dimension: 'volume', factor: 0.003785411784 },
  bbl: { dimension: 'volume', factor: 0.158987294928 },
  // US customary kitchen and liquid measures (recipes, fuel and drinks), not in the contract's table.
  cup: { dimension: 'volume', factor: 236.5882365e-6 },
  tbsp: { dimension: 'volume', factor: 14.78676478125e-6 },
  tsp: { dimension: 'volume', factor: 4.92892159375e-6 },
  'fl oz': { dimension: 'volume', factor: 29.5735295625e-6 },
  pt: { dimension: 'volume', factor: 473.176473e-6 },
  qt: { dimension: 'volume', factor: 946.352946e-6 },

  µg: { dimension: 'mass', factor: 1e-9 },
  mg: { dimension: 'mass', factor: 1e-6 },
  g: { dimension: 'mass', factor: 1e-3 },
  kg: { dimension: 'mass', factor: 1 },
  t: { dimension: 'mass', factor: 1e3 },
  lb: { dimension: 'mass', factor: 0.45359237 },
  oz: { dimension: 'mass', factor: 0.028349523125 },

  '°C': { dimension: 'temperature', factor: 1, offset: 273.15 },
  '°F': { dimension: 'temperature', factor: 5 / 9, offset: 273.15 - (32 * 5) / 9 },
  K: { dimension: 'temperature', factor: 1 },
  // Degrees of an unknown scale: no SI value.
  '°': { dimension: 'temperature', factor: Number.NaN },

  'km/h': { dimension: 'speed', factor: 1 / 3.6 },
  'm/s': { dimension: 'speed', factor: 1 },
  mph: { dimension: 'speed', factor: 0.44704 },
  kn: { dimension: 'speed', factor: 1852 / 3600 },

  B: { dimension: 'data', factor: 1 },
  kB: { dimension: 'data', factor: 1e3 },
  MB: { dimension: 'data', factor: 1e6 },
  GB: { dimension: 'data', factor: 1e9 },
  TB: { dimension: 'data', factor: 1e12 },
  PB: { dimension: 'data', factor: 1e15 },
  bit: { dimension: 'data', factor: BIT },
  kbit: { dimension: 'data', factor: BIT * 1e3 },
  Mbit: { dimension: 'data', factor: BIT * 1e6 },
  Gbit: { dimension: 'data', factor: BIT * 1e9 },
  Tbit: { dimension: 'data', factor: BIT * 1e12 },
  // Rates: SI value in bytes per second.
  'kbit/s': { dimension: 'data', factor: BIT * 1e3 },
  'Mbit/s': { dimension: 'data', factor: BIT * 1e6 },
  'Gbit/s': { dimension: 'data', factor: BIT * 1e9 },
  'Tbit/s': { dimension: 'data', factor: BIT * 1e12 },
  'MB/s': { dimension: 'data', factor: 1e6 },
  'GB/s': { dimension: 'data', factor: 1e9 },

  '%': { dimension: 'ratio', factor: 0.01 },

  ms: { dimension: 'duration', factor: 1e-3 },
  s: { dimension: 'duration', factor: 1 },
  min: { dimension: 'duration', factor: 60 },
  h: { dimension: 'duration', factor: 3600 },
  d: { dimension: 'duration', factor: 86400 },
  wk: { dimension: 'duration', factor: 7 * 86400 },
  mo: { dimension: 'duration', factor: 30.436875 * 86400 },
  a: { dimension: 'duration', factor: 365.2425 * 86400 },

  // Not in the contract's table, added in its style: power lines and substations are named by their
  // voltage ("a 400 kV line"), radio spectrum and processors by their frequency.
  V: { dimension: 'voltage', factor: 1 },
  kV: { dimension: 'voltage', factor: 1e3 },
  MV: { dimension: 'voltage', factor: 1e6 },
  Hz: { dimension: 'frequency', factor: 1 },
  kHz: { dimension: 'frequency', factor: 1e3 },
  MHz: { dimension: 'frequency', factor: 1e6 },
  GHz: { dimension: 'frequency', factor: 1e9 },
};

/** What a written unit means: the record's unit, and what else the writing carries. */
export interface UnitReading {
  unit: string;
  variant?: Variant;
  /** Scale folded into the writing: "Mt" is a million tonnes. */
  multiplier?: number;
  /** Rates written into the unit itself ("bpd"). */
  per?: Per;
  /** Only after a space: glued to a number it means something else ("5K" is five thousand). */
  spaced?: boolean;
  /** Words shortly before the number that make the writing mean something else ("pressure of 940 mb"). */
  notAfter?: RegExp;
  /** A bare scale letter ("40C", "104F"): a temperature only where the clause speaks of one. */
  needsTemperatureCue?: boolean;
}

export type UnitTable = Record<string, UnitReading | string>;

const powerSymbols: UnitTable = {};
powerSymbols.W = 'W';
powerSymbols.mW = 'mW';
// Variants only with a prefix: a bare "We" is a word.
for (const prefix of ['k', 'M', 'G', 'T']) {
  const unit = `${prefix}W`;
  powerSymbols[unit] = unit;
  powerSymbols[`${unit}c`] = { unit, variant: 'peak' };
  powerSymbols[`${unit}p`] = { unit, variant: 'peak' };
  powerSymbols[`${unit}e`] = { unit, variant: 'electric' };
  powerSymbols[`${unit}th`] = { unit, variant: 'thermal' };
  powerSymbols[`${unit}t`] = { unit, variant: 'thermal' };
}

/**
 * Symbols, exactly as written (case matters: MW is mega, mW milli, Mb megabit, MB megabyte). They
 * are the same in every language, except a few that read as words elsewhere (French octets: "Go", "To").
 */
export const SYMBOLS: UnitTable = {
  ...powerSymbols,
  Wh: 'Wh',
  kWh: 'kWh',
  MWh: 'MWh',
  GWh: 'GWh',
  TWh: 'TWh',
  MWhc: { unit: 'MWh', variant: 'peak' },
  J: 'J',
  kJ: 'kJ',
  MJ: 'MJ',
  GJ: 'GJ',
  TJ: 'TJ',
  PJ: 'PJ',

  mm: 'mm',
  cm: 'cm',
  m: 'm',
  km: 'km',
  ft: 'ft',
  yd: 'yd',
  mi: 'mi',
  nmi: 'nmi',

  'm²': 'm2',
  m2: 'm2',
  'km²': 'km2',
  km2: 'km2',
  ha: 'ha',
  'ft²': 'ft2',
  'sq ft': 'ft2',
  'sq. ft.': 'ft2',
  'sq. ft': 'ft2',
  'mi²': 'mi2',
  'sq mi': 'mi2',

  ml: 'ml',
  mL: 'ml',
  cl: 'cl',
  cL: 'cl',
  dl: 'dl',
  dL: 'dl',
  l: 'l',
  L: 'l',
  hl: 'hl',
  hL: 'hl',
  'm³': 'm3',
  m3: 'm3',
  // A cubic centimetre is a millilitre: engine sizes ("a 125 cm3", "a 250cc motorcycle").
  'cm³': 'ml',
  cm3: 'ml',
  cc: 'ml',
  ltr: 'l',
  ltrs: 'l',
  'ft³': 'ft3',
  'cu ft': 'ft3',
  gal: 'gal',
  bbl: 'bbl',
  bpd: { unit: 'bbl', per: 'day' },
  Mm3: { unit: 'm3', multiplier: 1e6 },
  Gm3: { unit: 'm3', multiplier: 1e9 },
  toe: 'toe',
  ktoe: { unit: 'toe', multiplier: 1e3 },
  Mtoe: { unit: 'toe', multiplier: 1e6 },
  'b/j': { unit: 'bbl', per: 'day' },

  µg: 'µg',
  μg: 'µg',
  ug: 'µg',
  mcg: 'µg',
  mg: 'mg',
  g: 'g',
  kg: 'kg',
  t: 't',
  kt: { unit: 't', multiplier: 1e3 },
  Mt: { unit: 't', multiplier: 1e6 },
  Gt: { unit: 't', multiplier: 1e9 },
  lb: 'lb',
  lbs: 'lb',
  kms: 'km',
  mls: 'ml',
  gals: 'gal',
  yds: 'yd',
  oz: 'oz',
  'fl oz': 'fl oz',
  'fl. oz.': 'fl oz',
  'fl. oz': 'fl oz',
  'fl.oz.': 'fl oz',
  tbsp: 'tbsp',
  Tbsp: 'tbsp',
  tsp: 'tsp',
  qt: 'qt',

  '°C': '°C',
  '° C': '°C',
  '°c': '°C',
  ºC: '°C',
  'º C': '°C',
  '℃': '°C',
  '\u009E': '°C', // ℃ in the one-byte copy (../shared/one-byte.ts)
  '°F': '°F',
  '° F': '°F',
  '°f': '°F',
  ºF: '°F',
  'º F': '°F',
  '℉': '°F',
  '\u009F': '°F', // ℉ in the one-byte copy
  '°': '°',
  º: '°',
  K: { unit: 'K', spaced: true },

  'km/h': 'km/h',
  'km/hr': 'km/h',
  'km.h-1': 'km/h',
  kph: 'km/h',
  kmph: 'km/h',
  'm/s': 'm/s',
  mph: 'mph',
  kn: 'kn',
  kts: 'kn',

  kB: 'kB',
  KB: 'kB',
  MB: 'MB',
  GB: 'GB',
  TB: 'TB',
  PB: 'PB',
  kbit: 'kbit',
  Kbit: 'kbit',
  Mbit: 'Mbit',
  Gbit: 'Gbit',
  Tbit: 'Tbit',
  Kb: 'kbit',
  Mb: 'Mbit',
  Gb: 'Gbit',
  Tb: 'Tbit',
  // All lower case, the writing is careless and the reader means bytes ("a 100 mb file", "16 gb of
  // RAM"), except a weather report's millibars ("a pressure of 940 mb").
  kb: 'kB',
  mb: { unit: 'MB', notAfter: /pressure|pression|barom|cyclone|hurricane|ouragan|typhoon|typhon|storm|tempête/i },
  gb: 'GB',
  tb: 'TB',
  'kbit/s': 'kbit/s',
  'Mbit/s': 'Mbit/s',
  'Gbit/s': 'Gbit/s',
  'Tbit/s': 'Tbit/s',
  'kb/s': 'kbit/s',
  'Mb/s': 'Mbit/s',
  'Gb/s': 'Gbit/s',
  'Tb/s': 'Tbit/s',
  kbps: 'kbit/s',
  Mbps: 'Mbit/s',
  Gbps: 'Gbit/s',
  Tbps: 'Tbit/s',
  'MB/s': 'MB/s',
  'GB/s': 'GB/s',

  V: 'V',
  kV: 'kV',
  MV: 'MV',
  Hz: 'Hz',
  kHz: 'kHz',
  MHz: 'MHz',
  GHz: 'GHz',

  '%': '%',
  '‰': { unit: '%', multiplier: 0.1 },
  '\u0086': { unit: '%', multiplier: 0.1 }, // ‰ in the one-byte copy

  ms: 'ms',
  min: 'min',
};

// Common misspellings whose reading is still unambiguous: a capital K or an upper-case H or W
// never stands for another prefix or unit ("KW", "kwh", "MWH"). A lower-case m stays milli.
const LENIENT: [string[], string][] = [
  [['KW', 'Kw', 'kw'], 'kW'],
  [['KWh', 'KWH', 'Kwh', 'kwh', 'kWH'], 'kWh'],
  [['MWH', 'Mwh'], 'MWh'],
  [['GWH', 'Gwh'], 'GWh'],
  [['TWH', 'Twh'], 'TWh'],
  [['Km', 'KM'], 'km'],
  [['Kg', 'KG'], 'kg'],
  [['MPH', 'Mph'], 'mph'],
  [['KPH', 'Kph', 'KMH'], 'km/h'],
];
for (const [spellings, unit] of LENIENT) for (const s of spellings) SYMBOLS[s] ??= unit;
// Rates are also typeset with spaces around the slash: "50,3 km / h".
for (const [s, entry] of Object.entries(SYMBOLS)) if (/^\S+\/\S+$/.test(s)) SYMBOLS[s.replace('/', ' / ')] ??= entry;

// Greenhouse gases are counted in tonnes of CO2 (equivalent), the gas glued to the symbol: "50 MtCO2e".
for (const [prefix, multiplier] of [
  ['t', 1],
  ['kt', 1e3],
  ['Mt', 1e6],
  ['Gt', 1e9],
] as const) {
  // (`¹`: the wide fold's stand-in for ₂, ../shared/one-byte.ts.)
  for (const gas of ['CO2', 'CO₂', 'CO¹', 'CO2e', 'CO₂e', 'CO¹e', 'CO2eq', 'éqCO2', 'eqCO2']) {
    SYMBOLS[`${prefix}${gas}`] ??= multiplier === 1 ? 't' : { unit: 't', multiplier };
  }
}

/** A table entry as a full reading. */
export function readingOf(entry: UnitReading | string): UnitReading {
  return typeof entry === 'string' ? { unit: entry } : entry;
}
