import type { Role } from '../access';
import type { IsoDate } from '../follow-up/calendar';
import { formatMoney, type Money } from './money';

/**
 * Rules on the amounts of an assistance request. Source: issue 6, "Rules that
 * matter": amounts never go negative; approved ≤ requested unless an officer
 * records a reason; disbursed ≤ approved. Every amount shares the request's
 * currency (no conversion in the domain: rates are not a domain rule).
 */
export const AMOUNT_RULES_META = {
  id: 'assistance_amounts',
  name: 'Assistance request amounts',
  source: 'Issue 6, "Rules that matter": amounts never go negative; approved ≤ requested unless an officer records a reason; disbursed ≤ approved.',
} as const;

export interface Disbursement {
  readonly id: string;
  readonly amount: Money;
  readonly disbursedOn: IsoDate;
}

export interface AssistanceAmounts {
  readonly requested: Money;
  /** Null until the request is approved. */
  readonly approved: Money | null;
  /** Why more than requested was approved, and the role of whoever recorded it. */
  readonly approvalAboveRequest: { readonly reason: string; readonly recordedBy: Role } | null;
  readonly disbursements: readonly Disbursement[];
}

export const AMOUNT_PROBLEM_CODES = [
  'negative',
  'currency_mismatch',
  'approved_above_requested',
  'disbursed_without_approval',
  'disbursed_above_approved',
] as const;
export type AmountProblemCode = (typeof AMOUNT_PROBLEM_CODES)[number];

export interface AmountProblem {
  /** The input field at fault: 'requested', 'approved', 'approvalAboveRequest', 'disbursements' or 'disbursements[i]'. */
  readonly field: string;
  readonly code: AmountProblemCode;
  readonly reason: string;
}

function amountProblem(field: string, money: Money, currency: Money['currency']): AmountProblem | null {
  if (money.amountMinor < 0n) {
    return { field, code: 'negative', reason: `${formatMoney(money)} is negative; amounts never go negative` };
  }
  if (money.currency !== currency) {
    return { field, code: 'currency_mismatch', reason: `is in ${money.currency}; the request is in ${currency}` };
  }
  return null;
}

/**
 * Every rule the amounts break, or an empty list. Comparisons are made only
 * between amounts that are themselves valid (same currency, not negative).
 */
export function assistanceAmountProblems(amounts: AssistanceAmounts): AmountProblem[] {
  const currency = amounts.requested.currency;
  const problems: AmountProblem[] = [];
  const requestedProblem = amountProblem('requested', amounts.requested, currency);
  if (requestedProblem !== null) {
    problems.push(requestedProblem);
  }
  const approvedProblem = amounts.approved === null ? null : amountProblem('approved', amounts.approved, currency);
  if (approvedProblem !== null) {
    problems.push(approvedProblem);
  }
  const approved = amounts.approved !== null && approvedProblem === null ? amounts.approved : null;

  if (approved !== null && requestedProblem === null && approved.amountMinor > amounts.requested.amountMinor) {
    const justification = amounts.approvalAboveRequest;
    if (justification === null || justification.reason.trim() === '') {
      problems.push({
        field: 'approved',
        code: 'approved_above_requested',
        reason: `${formatMoney(approved)} approved exceeds ${formatMoney(amounts.requested)} requested; an OHCHR officer must record why`,
      });
    } else if (justification.recordedBy !== 'ohchr_officer') {
      problems.push({
        field: 'approvalAboveRequest',
        code: 'approved_above_requested',
        reason: `approving more than requested needs a reason recorded by an OHCHR officer, not a ${justification.recordedBy}`,
      });
    }
  }

  let disbursed = 0n;
  let disbursementsValid = true;
  amounts.disbursements.forEach((d, i) => {
    const problem = amountProblem(`disbursements[${i}]`, d.amount, currency);
    if (problem === null) {
      disbursed += d.amount.amountMinor;
    } else {
      problems.push(problem);
      disbursementsValid = false;
    }
  });
  if (amounts.disbursements.length > 0 && amounts.approved === null) {
    problems.push({ field: 'disbursements', code: 'disbursed_without_approval', reason: 'nothing can be disbursed before an amount is approved' });
  } else if (approved !== null && disbursementsValid && disbursed > approved.amountMinor) {
    problems.push({
      field: 'disbursements',
      code: 'disbursed_above_approved',
      reason: `${formatMoney({ amountMinor: disbursed, currency })} disbursed exceeds ${formatMoney(approved)} approved`,
    });
  }
  return problems;
}
