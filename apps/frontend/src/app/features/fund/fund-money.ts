import { minorUnits, parseMoney, type CurrencyCode, type MoneyErrorCode } from '@tracker/domain';

export type AmountInput = { readonly ok: true; readonly amountMinor: string } | { readonly ok: false; readonly message: string };

function message(code: MoneyErrorCode, currency: string): string {
  switch (code) {
    case 'unknown_currency':
      return $localize`:Error of an amount field@@fund.amount.unknownCurrency:${currency}:currency: is not a supported currency.`;
    case 'invalid_format':
      return $localize`:Error of an amount field@@fund.amount.invalidFormat:Write the amount with digits, for example 15000 or 15,000.00.`;
    case 'too_many_decimals':
      return $localize`:Error of an amount field@@fund.amount.tooManyDecimals:${currency}:currency: has ${minorUnits(currency as CurrencyCode)}:decimals: decimal places at most.`;
    case 'negative':
      return $localize`:Error of an amount field@@fund.amount.negative:An amount cannot be negative.`;
    case 'too_large':
      return $localize`:Error of an amount field@@fund.amount.tooLarge:The amount is too large.`;
  }
}

/**
 * An amount typed in major units ('15,000.00') as the API's string of minor units ('1500000'),
 * exactly (never through a floating-point number), or why it cannot be read.
 */
export function amountInput(raw: string, currency: string): AmountInput {
  const parsed = parseMoney(raw, currency);
  return parsed.ok ? { ok: true, amountMinor: parsed.money.amountMinor.toString() } : { ok: false, message: message(parsed.error.code, currency) };
}

/** Minor units as the plain major-unit text of an input field ('1500000' USD → '15000.00'). */
export function amountText(amountMinor: string, currency: string): string {
  const exponent = minorUnits(currency as CurrencyCode);
  const digits = amountMinor.padStart(exponent + 1, '0');
  return exponent === 0 ? digits : `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}
