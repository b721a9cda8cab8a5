import { assistanceAmountProblems, type AssistanceAmounts, type Disbursement } from './amount-rules';
import type { Money } from './money';

const usd = (dollars: number): Money => ({ amountMinor: BigInt(dollars) * 100n, currency: 'USD' });
const paid = (id: string, amount: Money): Disbursement => ({ id, amount, disbursedOn: '2025-03-01' });

const REQUEST: AssistanceAmounts = { requested: usd(50_000), approved: null, approvalAboveRequest: null, disbursements: [] };

describe('assistanceAmountProblems', () => {
  it('accepts a request approved in part and disbursed in two instalments up to the approved amount', () => {
    expect(assistanceAmountProblems({ ...REQUEST, approved: usd(40_000), disbursements: [paid('d1', usd(25_000)), paid('d2', usd(15_000))] })).toEqual(
      [],
    );
  });

  it('refuses a negative amount, naming the field', () => {
    expect(assistanceAmountProblems({ ...REQUEST, requested: { amountMinor: -1n, currency: 'USD' } })).toEqual([
      { field: 'requested', code: 'negative', reason: 'USD -0.01 is negative; amounts never go negative' },
    ]);
  });

  it('refuses approving more than requested without a reason', () => {
    expect(assistanceAmountProblems({ ...REQUEST, approved: usd(60_000) })).toEqual([
      {
        field: 'approved',
        code: 'approved_above_requested',
        reason: 'USD 60,000.00 approved exceeds USD 50,000.00 requested; an OHCHR officer must record why',
      },
    ]);
  });

  it('accepts approving more than requested when an OHCHR officer records why', () => {
    const amounts: AssistanceAmounts = {
      ...REQUEST,
      approved: usd(60_000),
      approvalAboveRequest: { reason: 'Board added a regional seminar', recordedBy: 'ohchr_officer' },
    };
    expect(assistanceAmountProblems(amounts)).toEqual([]);
  });

  it('refuses a reason for approving more recorded by someone other than an OHCHR officer', () => {
    const amounts: AssistanceAmounts = {
      ...REQUEST,
      approved: usd(60_000),
      approvalAboveRequest: { reason: 'We need more', recordedBy: 'state_focal_point' },
    };
    expect(assistanceAmountProblems(amounts)).toMatchObject([{ field: 'approvalAboveRequest', code: 'approved_above_requested' }]);
  });

  it('refuses disbursements adding up to more than approved', () => {
    const amounts: AssistanceAmounts = { ...REQUEST, approved: usd(40_000), disbursements: [paid('d1', usd(30_000)), paid('d2', usd(10_001))] };
    expect(assistanceAmountProblems(amounts)).toEqual([
      { field: 'disbursements', code: 'disbursed_above_approved', reason: 'USD 40,001.00 disbursed exceeds USD 40,000.00 approved' },
    ]);
  });

  it('refuses a disbursement before any approval', () => {
    expect(assistanceAmountProblems({ ...REQUEST, disbursements: [paid('d1', usd(1))] })).toMatchObject([
      { field: 'disbursements', code: 'disbursed_without_approval' },
    ]);
  });

  it('refuses an amount in another currency than the request', () => {
    const amounts: AssistanceAmounts = { ...REQUEST, approved: usd(40_000), disbursements: [paid('d1', { amountMinor: 100_000n, currency: 'EUR' })] };
    expect(assistanceAmountProblems(amounts)).toEqual([{ field: 'disbursements[0]', code: 'currency_mismatch', reason: 'is in EUR; the request is in USD' }]);
  });
});
