/**
 * UPR Info "action categories" 1–5 (Edward R. McMahon's classification of UPR
 * recommendations by the action they ask of the State under review), used in
 * the "Action" column of UPR Info database exports.
 */

export const ACTION_CATEGORIES = [1, 2, 3, 4, 5] as const;
export type ActionCategory = (typeof ACTION_CATEGORIES)[number];

export interface ActionCategoryInfo {
  readonly category: ActionCategory;
  readonly label: string;
  readonly description: string;
}

export const ACTION_CATEGORY_INFO: Readonly<Record<ActionCategory, ActionCategoryInfo>> = {
  1: {
    category: 1,
    label: 'Minimal action',
    description:
      'Recommendation directed at States other than the State under review, or asking the State under review to request or share financial or technical assistance or information.',
  },
  2: {
    category: 2,
    label: 'Continuing action',
    description: 'Recommendation to continue or maintain an existing effort ("continue", "maintain", "pursue").',
  },
  3: {
    category: 3,
    label: 'Considering action',
    description: 'Recommendation to consider change ("consider", "review", "explore", "reflect upon").',
  },
  4: {
    category: 4,
    label: 'General action',
    description: 'Recommendation of action that is general in nature ("take measures", "ensure", "promote", "strengthen").',
  },
  5: {
    category: 5,
    label: 'Specific action',
    description:
      'Recommendation of a specific, verifiable action ("ratify", "adopt a law", "abolish", "repeal", "criminalize").',
  },
};

export function isActionCategory(x: unknown): x is ActionCategory {
  return typeof x === 'number' && (ACTION_CATEGORIES as readonly number[]).includes(x);
}

/**
 * Reads an action category from an export cell: 3, '3', ' 3 ', '3.0',
 * 'Category 3', '3 - Considering action', or a label ('Considering action',
 * 'considering'). Returns undefined for anything else.
 */
export function parseActionCategory(raw: string | number): ActionCategory | undefined {
  if (typeof raw === 'number') {
    return isActionCategory(raw) ? raw : undefined;
  }
  const label = raw.replace(/[\s\u0085]+/gu, ' ').trim().toLowerCase();
  const numeric = /^(?:(?:action )?category )?(\d+)(?:\.0+)?(?:\s*[-–—:]\s*(.*))?$/u.exec(label);
  if (numeric !== null) {
    const category = Number(numeric[1]);
    if (!isActionCategory(category)) {
      return undefined;
    }
    const trailing = numeric[2];
    if (trailing !== undefined && trailing !== '' && parseActionCategory(trailing) !== category) {
      return undefined;
    }
    return category;
  }
  for (const category of ACTION_CATEGORIES) {
    const name = ACTION_CATEGORY_INFO[category].label.toLowerCase();
    if (label === name || label === name.replace(/ action$/u, '')) {
      return category;
    }
  }
  return undefined;
}

/* Leading verbs, matched against the first word (a stem unless anchored with $). */
const CONTINUING = [/^continu/u, /^maintain/u, /^pursue/u, /^persever/u, /^sustain/u, /^keep$/u];
const CONSIDERING = [/^consider/u, /^review/u, /^explore/u, /^reflect/u, /^study$/u, /^examine/u, /^envisage/u, /^assess$/u];
const SPECIFIC = [
  /^ratif/u,
  /^adopt/u,
  /^abolish/u,
  /^acced/u,
  /^repeal/u,
  /^amend/u,
  /^criminali[sz]e/u,
  /^decriminali[sz]e/u,
  /^enact/u,
  /^sign$/u,
  /^withdraw/u,
  /^lift$/u,
  /^establish/u,
  /^extend$/u, // "extend a standing invitation"
  /^issue$/u, // "issue a standing invitation"
];
const MINIMAL = [/^request/u, /^share$/u];
/** "Seek …" is minimal action only when it is about assistance or support. */
const ASSISTANCE = /\b(assistance|support|cooperation|co-operation|help)\b/u;
/** Adverbs and fillers that may precede the verb: "Further strengthen", "Promptly ratify". */
const SKIPPABLE = new Set(['further', 'also', 'and', 'to', 'please', 'still', 'yet', 'now', 'soon']);
/** Verbs that end in "-ly" but are not adverbs. */
const LY_VERBS = new Set(['apply', 'comply', 'supply', 'rely', 'reply', 'multiply', 'ally']);

function isSkippable(word: string): boolean {
  return SKIPPABLE.has(word) || (word.endsWith('ly') && !LY_VERBS.has(word));
}

function startsWithAny(word: string, verbs: readonly RegExp[]): boolean {
  return verbs.some((verb) => verb.test(word));
}

/**
 * A suggestion, not a classification: proposes an action category from the
 * leading verb of a recommendation, for a person to confirm.
 *
 * - continue / maintain / pursue … → 2 (continuing action)
 * - consider / review / explore … → 3 (considering action)
 * - ratify / adopt / abolish / accede / repeal / amend / criminalize / sign /
 *   establish … → 5 (specific action)
 * - request / share, or seek assistance or support → 1 (minimal action)
 * - anything else → 4 (general action)
 *
 * It cannot recognise recommendations addressed to other States (category 1),
 * nor tell "adopt measures" (general) from "adopt a law" (specific): imported
 * categories (UPR Info "Action") always take precedence over this heuristic.
 */
export function suggestActionCategory(text: string): ActionCategory {
  const words = text
    .toLowerCase()
    .replace(/^[\s\d.,;:)(\-–—•*"'“‘]+/u, '') // paragraph numbers ("121.2", "186.20."), bullets, quotes
    .split(/[^\p{L}-]+/u)
    .filter((w) => w !== '');
  let index = 0;
  while (index < words.length - 1 && isSkippable(words[index])) {
    index += 1;
  }
  const verb = words[index] ?? '';
  if (startsWithAny(verb, CONTINUING)) {
    return 2;
  }
  if (startsWithAny(verb, CONSIDERING)) {
    return 3;
  }
  if (startsWithAny(verb, SPECIFIC)) {
    return 5;
  }
  if (startsWithAny(verb, MINIMAL)) {
    return 1;
  }
  if (verb.startsWith('seek') && ASSISTANCE.test(words.slice(index, index + 6).join(' '))) {
    return 1;
  }
  return 4;
}
