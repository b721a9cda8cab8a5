/**
 * Money as an integer number of minor units (cents, fils…) with its ISO 4217
 * currency. Never floating point.
 *
 * `amountMinor` is a `bigint`: the type system then rules out fractions
 * outright (a `number` would accept 12.5 and lose precision beyond 2^53), and
 * it maps onto a PostgreSQL `bigint` column. JSON has no bigint: the API
 * carries it as a decimal string of minor units ("123456").
 *
 * Source of the minor units: ISO 4217, list one ("Minor unit" column), as
 * published by the maintenance agency (SIX). Issue 6: amounts in integer
 * minor units, USD by default.
 */

/** Minor-unit exponent of the currencies the Fund is likely to see (ISO 4217). */
export const CURRENCY_MINOR_UNITS = {
  USD: 2,
  EUR: 2,
  CHF: 2,
  GBP: 2,
  CAD: 2,
  AUD: 2,
  NZD: 2,
  NOK: 2,
  SEK: 2,
  DKK: 2,
  CNY: 2,
  INR: 2,
  BRL: 2,
  MXN: 2,
  ZAR: 2,
  KES: 2,
  NGN: 2,
  EGP: 2,
  MAD: 2,
  THB: 2,
  PHP: 2,
  FJD: 2,
  WST: 2,
  TOP: 2,
  JPY: 0,
  KRW: 0,
  CLP: 0,
  ISK: 0,
  PYG: 0,
  VND: 0,
  UGX: 0,
  RWF: 0,
  BIF: 0,
  DJF: 0,
  GNF: 0,
  KMF: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
} as const satisfies Readonly<Record<string, 0 | 2 | 3>>;
export type CurrencyCode = keyof typeof CURRENCY_MINOR_UNITS;

export const CURRENCY_CODES = Object.keys(CURRENCY_MINOR_UNITS) as readonly CurrencyCode[];

/** Issue 6: "amounts … with an ISO 4217 currency (USD default)". */
export const DEFAULT_CURRENCY: CurrencyCode = 'USD';

export interface Money {
  /** Integer number of minor units; never negative in the Fund's records. */
  readonly amountMinor: bigint;
  readonly currency: CurrencyCode;
}

/** Largest amount a PostgreSQL bigint column holds. */
export const MAX_AMOUNT_MINOR = 9_223_372_036_854_775_807n;

export function isCurrencyCode(value: string): value is CurrencyCode {
  return Object.prototype.hasOwnProperty.call(CURRENCY_MINOR_UNITS, value);
}

export function minorUnits(currency: CurrencyCode): number {
  return CURRENCY_MINOR_UNITS[currency];
}

export const MONEY_ERROR_CODES = ['unknown_currency', 'invalid_format', 'too_many_decimals', 'negative', 'too_large'] as const;
export type MoneyErrorCode = (typeof MONEY_ERROR_CODES)[number];

export interface MoneyError {
  readonly field: 'amount' | 'currency';
  readonly code: MoneyErrorCode;
  readonly reason: string;
}

export type MoneyResult = { readonly ok: true; readonly money: Money } | { readonly ok: false; readonly error: MoneyError };

/** '1,234.56' or '1234.56': comma thousands groups of three, point decimals (the Fund's reporting format). */
const AMOUNT = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/u;

function failure(field: MoneyError['field'], code: MoneyErrorCode, reason: string): MoneyResult {
  return { ok: false, error: { field, code, reason } };
}

/**
 * Reads an amount written in major units ('1,234.56', '1234.5', '1,000,000')
 * in the given currency, exactly. Refuses, with a typed error: an unknown
 * currency; anything but digits, comma groups of three and one decimal point
 * (no '1.234,56', no spaces inside, no exponent); more decimals than the
 * currency has (zeros beyond it are accepted: '100.00' JPY = 100); a
 * negative amount; more than a bigint column holds.
 */
export function parseMoney(raw: string, currency: string): MoneyResult {
  const code = currency.trim().toUpperCase();
  if (!isCurrencyCode(code)) {
    return failure('currency', 'unknown_currency', `'${currency}' is not a supported ISO 4217 currency code`);
  }
  const text = raw.trim();
  if (/^-/u.test(text)) {
    return failure('amount', 'negative', 'an amount cannot be negative');
  }
  const match = AMOUNT.exec(text);
  if (match === null) {
    return failure('amount', 'invalid_format', `'${raw}' is not an amount such as 1,234.56`);
  }
  const exponent = minorUnits(code);
  const decimals = match[1] ?? '';
  if (decimals.slice(exponent).replace(/0/gu, '') !== '') {
    return failure('amount', 'too_many_decimals', `${code} has ${exponent} decimal place${exponent === 1 ? '' : 's'}; '${raw}' has more`);
  }
  const whole = text.split('.')[0].replace(/,/gu, '');
  const amountMinor = BigInt(whole + decimals.slice(0, exponent).padEnd(exponent, '0'));
  if (amountMinor > MAX_AMOUNT_MINOR) {
    return failure('amount', 'too_large', `'${raw}' exceeds the largest amount that can be stored`);
  }
  return { ok: true, money: { amountMinor, currency: code } };
}

/** 'USD 1,234.56', 'JPY 1,235', 'KWD 0.250': the ISO code, comma thousands, all minor digits. */
export function formatMoney(money: Money): string {
  const exponent = minorUnits(money.currency);
  const negative = money.amountMinor < 0n;
  const digits = (negative ? -money.amountMinor : money.amountMinor).toString().padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent).replace(/\B(?=(\d{3})+$)/gu, ',');
  const fraction = exponent === 0 ? '' : `.${digits.slice(digits.length - exponent)}`;
  return `${money.currency} ${negative ? '-' : ''}${whole}${fraction}`;
}
