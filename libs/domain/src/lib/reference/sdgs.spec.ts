import { SDG_GOALS, SDG_GOAL_BY_NUMBER, SDG_TARGETS, SDG_TARGET_BY_CODE, resolveSdg } from './sdgs';

describe('SDG_GOALS and SDG_TARGETS', () => {
  it('has the 17 goals, numbered 1–17', () => {
    expect(SDG_GOALS).toHaveLength(17);
    expect(SDG_GOALS.map((g) => g.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(SDG_GOAL_BY_NUMBER.get(5)?.title).toBe('Gender equality');
    for (const g of SDG_GOALS) expect(g.title.length).toBeGreaterThan(0);
  });

  it('has the 169 targets with unique, well-formed codes', () => {
    expect(SDG_TARGETS).toHaveLength(169);
    expect(SDG_TARGET_BY_CODE.size).toBe(169);
    for (const t of SDG_TARGETS) {
      expect(t.code).toMatch(/^(?:[1-9]|1[0-7])\.(?:[1-9]|1[0-9]|[a-d])$/);
      expect(t.code.startsWith(`${t.goal}.`)).toBe(true);
      expect(t.title.length).toBeGreaterThan(0);
    }
  });

  it('has the official number of targets per goal, numbered without gaps', () => {
    const expected: Record<number, [outcome: number, means: number]> = {
      1: [5, 2], 2: [5, 3], 3: [9, 4], 4: [7, 3], 5: [6, 3], 6: [6, 2], 7: [3, 2], 8: [10, 2], 9: [5, 3],
      10: [7, 3], 11: [7, 3], 12: [8, 3], 13: [3, 2], 14: [7, 3], 15: [9, 3], 16: [10, 2], 17: [19, 0],
    };
    for (const goal of SDG_GOALS) {
      const [outcome, means] = expected[goal.number];
      const codes = SDG_TARGETS.filter((t) => t.goal === goal.number).map((t) => t.code);
      const expectedCodes = [
        ...Array.from({ length: outcome }, (_, i) => `${goal.number}.${i + 1}`),
        ...Array.from({ length: means }, (_, i) => `${goal.number}.${'abcd'[i]}`),
      ];
      expect(codes).toEqual(expectedCodes);
    }
  });
});

describe('resolveSdg', () => {
  it.each(['5', 'SDG 5', 'SDG5', 'sdg-5', 'Goal 5', 'goal 5: Gender equality', '5 - GENDER EQUALITY', 'Gender equality', '- 5 - GENDER EQUALITY', '05'])(
    'resolves %p to goal 5',
    (raw) => {
      expect(resolveSdg(raw)).toEqual({ kind: 'goal', number: 5, code: '5', title: 'Gender equality' });
    },
  );

  it.each([
    ['5.2', '5.2'],
    ['SDG 5.2', '5.2'],
    ['Target 16.10', '16.10'],
    ['16.10', '16.10'],
    ['16.1', '16.1'],
    ['5.a', '5.a'],
    ['5.A', '5.a'],
    ['17.19', '17.19'],
  ])('resolves %p to target %p', (raw, target) => {
    const found = resolveSdg(raw);
    expect(found?.kind).toBe('target');
    expect(found?.code).toBe(target);
  });

  it('returns undefined for what is not an SDG', () => {
    for (const raw of ['', '0', '18', '5.7', '5.d', '17.20', '16.11', 'SDG', 'Goal X', 'Peace']) {
      expect([raw, resolveSdg(raw)]).toEqual([raw, undefined]);
    }
  });
});
