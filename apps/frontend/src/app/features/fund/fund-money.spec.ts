import { amountInput, amountText } from './fund-money';

describe('amountInput', () => {
  it('reads major units exactly, into minor units as a string', () => {
    expect(amountInput('15,000.00', 'USD')).toEqual({ ok: true, amountMinor: '1500000' });
    expect(amountInput('0.1', 'USD')).toEqual({ ok: true, amountMinor: '10' });
    expect(amountInput('90071992547409.93', 'USD')).toEqual({ ok: true, amountMinor: '9007199254740993' });
    expect(amountInput('1.250', 'KWD')).toEqual({ ok: true, amountMinor: '1250' });
  });

  it('says why an amount cannot be read', () => {
    expect(amountInput('-5', 'USD')).toEqual({ ok: false, message: 'An amount cannot be negative.' });
    expect(amountInput('1.5', 'JPY')).toEqual({ ok: false, message: 'JPY has 0 decimal places at most.' });
    expect(amountInput('15 000', 'USD')).toEqual({ ok: false, message: 'Write the amount with digits, for example 15000 or 15,000.00.' });
    expect(amountInput('10', 'XYZ')).toEqual({ ok: false, message: 'XYZ is not a supported currency.' });
  });
});

describe('amountText', () => {
  it('writes minor units back as major units for an input field', () => {
    expect(amountText('1500000', 'USD')).toBe('15000.00');
    expect(amountText('5', 'USD')).toBe('0.05');
    expect(amountText('1250', 'KWD')).toBe('1.250');
    expect(amountText('1250', 'JPY')).toBe('1250');
  });
});
