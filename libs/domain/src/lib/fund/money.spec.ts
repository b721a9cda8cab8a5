import { CURRENCY_MINOR_UNITS, formatMoney, parseMoney, type Money } from './money';

const usd = (amountMinor: bigint): Money => ({ amountMinor, currency: 'USD' });

describe('currency minor units', () => {
  it('follows ISO 4217: USD, EUR, CHF 2; JPY 0; KWD 3', () => {
    expect([CURRENCY_MINOR_UNITS.USD, CURRENCY_MINOR_UNITS.EUR, CURRENCY_MINOR_UNITS.CHF]).toEqual([2, 2, 2]);
    expect(CURRENCY_MINOR_UNITS.JPY).toBe(0);
    expect(CURRENCY_MINOR_UNITS.KWD).toBe(3);
  });
});

describe('parseMoney', () => {
  it('reads a requested amount with thousands separators into exact cents', () => {
    expect(parseMoney('1,234.56', 'USD')).toEqual({ ok: true, money: usd(123456n) });
  });

  it('reads amounts without separators or decimals, and pads missing decimals', () => {
    expect(parseMoney('250000', 'USD')).toEqual({ ok: true, money: usd(25_000_000n) });
    expect(parseMoney(' 1234.5 ', 'usd')).toEqual({ ok: true, money: usd(123450n) });
  });

  it('keeps amounts beyond floating-point precision exact', () => {
    expect(parseMoney('90,071,992,547,409.93', 'USD')).toEqual({ ok: true, money: usd(9_007_199_254_740_993n) });
  });

  it('reads yen without decimals and dinars with three', () => {
    expect(parseMoney('1,500,000', 'JPY')).toEqual({ ok: true, money: { amountMinor: 1_500_000n, currency: 'JPY' } });
    expect(parseMoney('12.345', 'KWD')).toEqual({ ok: true, money: { amountMinor: 12_345n, currency: 'KWD' } });
  });

  it('refuses more decimals than the currency has, but accepts trailing zeros', () => {
    expect(parseMoney('1,234.567', 'USD')).toEqual({
      ok: false,
      error: { field: 'amount', code: 'too_many_decimals', reason: "USD has 2 decimal places; '1,234.567' has more" },
    });
    expect(parseMoney('100.5', 'JPY')).toMatchObject({ ok: false, error: { code: 'too_many_decimals' } });
    expect(parseMoney('100.00', 'JPY')).toEqual({ ok: true, money: { amountMinor: 100n, currency: 'JPY' } });
  });

  it('refuses a negative amount', () => {
    expect(parseMoney('-5.00', 'USD')).toMatchObject({ ok: false, error: { field: 'amount', code: 'negative' } });
  });

  it('refuses other formats rather than guess: European decimals, bad groups, exponents, empty', () => {
    for (const raw of ['1.234,56', '12,34.00', '1e6', '', '.5', '1 234.56', '$100']) {
      expect(parseMoney(raw, 'EUR')).toMatchObject({ ok: false, error: { code: 'invalid_format' } });
    }
  });

  it('refuses an unknown currency', () => {
    expect(parseMoney('10', 'XYZ')).toEqual({
      ok: false,
      error: { field: 'currency', code: 'unknown_currency', reason: "'XYZ' is not a supported ISO 4217 currency code" },
    });
  });

  it('refuses an amount larger than a bigint column holds', () => {
    expect(parseMoney('92,233,720,368,547,758.08', 'USD')).toMatchObject({ ok: false, error: { code: 'too_large' } });
  });
});

describe('formatMoney', () => {
  it('writes the ISO code, comma thousands and every minor digit', () => {
    expect(formatMoney(usd(123456n))).toBe('USD 1,234.56');
    expect(formatMoney(usd(5n))).toBe('USD 0.05');
    expect(formatMoney({ amountMinor: 1_234_567n, currency: 'JPY' })).toBe('JPY 1,234,567');
    expect(formatMoney({ amountMinor: 250n, currency: 'KWD' })).toBe('KWD 0.250');
  });

  it('round-trips what parseMoney reads', () => {
    const parsed = parseMoney('1,000,000.10', 'CHF');
    expect(parsed.ok && formatMoney(parsed.money)).toBe('CHF 1,000,000.10');
  });
});
