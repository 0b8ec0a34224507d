/** Response deadlines: calendar arithmetic at month ends, leap days and year ends, and each law's rule. */
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays, addDays, addMonths, computeDeadline, isIsoDay, isOverdue, lawInfo, weekday, type RequestKind, type ResponseRule,
} from '../../../src/core/index';

const rule = (law: string, kind: RequestKind): ResponseRule => {
  const r = lawInfo(law)?.rules[kind];
  if (!r) throw new Error(`no rule ${law}/${kind}`);
  return r;
};

describe('calendar arithmetic', () => {
  it('one month is the same day next month, else the last day of that month', () => {
    expect(addMonths('2027-01-15', 1)).toBe('2027-02-15');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29'); // leap year
    expect(addMonths('2027-03-31', 1)).toBe('2027-04-30');
    expect(addMonths('2027-08-31', 1)).toBe('2027-09-30');
    expect(addMonths('2027-12-31', 1)).toBe('2028-01-31'); // year end
    expect(addMonths('2027-12-15', 1)).toBe('2028-01-15');
    expect(addMonths('2028-02-29', 1)).toBe('2028-03-29');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
  });

  it('days and business days cross month, year and leap-day boundaries', () => {
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01'); // 2100 is not a leap year
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29'); // 2000 is
    expect(addDays('2027-11-17', 45)).toBe('2028-01-01');
    expect(weekday('2027-01-01')).toBe(5); // a Friday
    expect(addBusinessDays('2027-01-01', 1)).toBe('2027-01-04'); // Friday + 1 = Monday
    expect(addBusinessDays('2027-12-24', 15)).toBe('2028-01-14');
  });

  it('accepts only real ISO days', () => {
    for (const ok of ['2027-01-31', '2028-02-29', '2000-02-29']) expect(isIsoDay(ok), ok).toBe(true);
    for (const bad of ['2027-02-29', '2100-02-29', '2027-13-01', '2027-00-10', '2027-1-31', '27-01-31', '2027-01-31T00:00', '', 20270131, null]) {
      expect(isIsoDay(bad), String(bad)).toBe(false);
    }
  });
});

describe('GDPR (Art. 12(3)): one month, two more with notice within the first', () => {
  const r = rule('gdpr', 'access');
  it('month ends, leap days and year ends', () => {
    expect(computeDeadline(r, '2027-01-31').dueDate).toBe('2027-02-28');
    expect(computeDeadline(r, '2028-01-31').dueDate).toBe('2028-02-29');
    expect(computeDeadline(r, '2027-12-31').dueDate).toBe('2028-01-31');
    expect(computeDeadline(r, '2028-02-29').dueDate).toBe('2028-03-29');
    expect(computeDeadline(r, '2027-05-31').dueDate).toBe('2027-06-30');
  });
  it('an extension notified within the first month makes it three months from receipt', () => {
    const d = computeDeadline(r, '2027-01-31', [{ type: 'extension', on: '2027-02-20' }]);
    expect(d).toMatchObject({ dueDate: '2027-04-30', extended: true, ignored: [] });
    expect(computeDeadline(r, '2027-11-30', [{ type: 'extension', on: '2027-12-30' }]).dueDate).toBe('2028-02-29');
  });
  it('an extension notified after the first month does not count', () => {
    const d = computeDeadline(r, '2027-01-31', [{ type: 'extension', on: '2027-03-01' }]);
    expect(d.dueDate).toBe('2027-02-28');
    expect(d.extended).toBe(false);
    expect(d.ignored).toHaveLength(1);
  });
  it('the EU GDPR has no clock restart or pause', () => {
    const d = computeDeadline(r, '2027-01-10', [{ type: 'clock-restart', on: '2027-01-20' }, { type: 'pause', from: '2027-01-12', to: '2027-01-15' }]);
    expect(d.dueDate).toBe('2027-02-10');
    expect(d.ignored).toHaveLength(2);
  });
});

describe('UK GDPR (Arts. 12(3) and 12A)', () => {
  const r = rule('uk-gdpr', 'erasure');
  it('one month from the relevant time, which moves when identity information arrives', () => {
    expect(computeDeadline(r, '2027-01-31').dueDate).toBe('2027-02-28');
    expect(computeDeadline(r, '2027-01-31', [{ type: 'clock-restart', on: '2027-02-10' }]).dueDate).toBe('2027-03-10');
  });
  it('days waiting for clarification do not count', () => {
    expect(computeDeadline(r, '2027-01-10', [{ type: 'pause', from: '2027-01-12', to: '2027-01-19' }]).dueDate).toBe('2027-02-17');
  });
  it('an extension brings the total to three months from the relevant time', () => {
    expect(computeDeadline(r, '2027-01-10', [{ type: 'extension', on: '2027-02-01' }]).dueDate).toBe('2027-04-10');
  });
});

describe('CCPA (§1798.130(a)(2); Regs. §§7021, 7026)', () => {
  it('45 days, 90 with a notified extension', () => {
    expect(computeDeadline(rule('ccpa', 'access'), '2027-12-01').dueDate).toBe('2028-01-15');
    expect(computeDeadline(rule('ccpa', 'erasure'), '2028-01-15').dueDate).toBe('2028-02-29');
    expect(computeDeadline(rule('ccpa', 'erasure'), '2027-01-01', [{ type: 'extension', on: '2027-02-15' }]).dueDate).toBe('2027-04-01');
    expect(computeDeadline(rule('ccpa', 'erasure'), '2027-01-01', [{ type: 'extension', on: '2027-02-16' }]).extended).toBe(false);
  });
  it('the 45 days run from receipt regardless of verification: no restart', () => {
    expect(computeDeadline(rule('ccpa', 'access'), '2027-01-01', [{ type: 'clock-restart', on: '2027-01-20' }]).dueDate).toBe('2027-02-15');
  });
  it('an opt-out: 15 business days, no extension', () => {
    expect(computeDeadline(rule('ccpa', 'opt-out'), '2027-12-31').dueDate).toBe('2028-01-21');
    expect(computeDeadline(rule('ccpa', 'opt-out'), '2027-01-01', [{ type: 'extension', on: '2027-01-05' }]).extended).toBe(false);
  });
});

describe('PIPEDA s.8, Australia, BIPA and a plain request', () => {
  it('PIPEDA access: 30 days, 60 with notice sent within the first 30', () => {
    expect(computeDeadline(rule('pipeda', 'access'), '2027-12-15').dueDate).toBe('2028-01-14');
    expect(computeDeadline(rule('pipeda', 'access'), '2027-12-15', [{ type: 'extension', on: '2028-01-14' }]).dueDate).toBe('2028-02-13');
    expect(computeDeadline(rule('pipeda', 'access'), '2027-12-15').statutory).toBe(true);
  });
  it('periods the law does not set are the 30 days the letter asks for, flagged as not statutory', () => {
    for (const [law, kind] of [['bipa', 'erasure'], ['none', 'access'], ['au-privacy', 'access'], ['pipeda', 'erasure']] as const) {
      const d = computeDeadline(rule(law, kind), '2028-02-01');
      expect(d, `${law}/${kind}`).toMatchObject({ dueDate: '2028-03-02', statutory: false });
      expect(computeDeadline(rule(law, kind), '2028-02-01', [{ type: 'extension', on: '2028-02-05' }]).extended).toBe(false);
    }
  });
});

describe('overdue', () => {
  it('the due day itself is in time', () => {
    expect(isOverdue('2027-02-28', '2027-02-28')).toBe(false);
    expect(isOverdue('2027-02-28', '2027-03-01')).toBe(true);
    expect(() => isOverdue('2027-02-30', '2027-03-01')).toThrow(/ISO day/);
  });
  it('a bad request date throws a clear error', () => {
    expect(() => computeDeadline(rule('gdpr', 'access'), '31/01/2027')).toThrow(/request date must be an ISO day/);
  });
});

describe('the worker’s table of the laws’ response rules (made at build time)', () => {
  it('holds every law’s rules as registry/laws.ts states them, without their citations, and dates requests the same', async () => {
    const { LAWS } = await import('../../../src/core/registry/laws');
    const { builtLawRules } = await import('../../../src/core/registry/law-rules');
    const { dueDateOf } = await import('../../../src/core/requests/log');
    const built = builtLawRules();
    expect(built.map((l) => l.id)).toEqual(LAWS.map((l) => l.id));
    for (const law of LAWS) {
      const rules = built.find((l) => l.id === law.id)!.rules;
      expect(Object.keys(rules).sort(), law.id).toEqual(Object.keys(law.rules).sort());
      for (const [kind, rule] of Object.entries(law.rules)) {
        const { basis: _basis, ...timing } = rule;
        expect(rules[kind as keyof typeof rules], `${law.id} ${kind}`).toEqual(timing);
        expect(JSON.stringify(rules[kind as keyof typeof rules])).not.toContain('http');
        // the same due date, extended or not, from either table
        for (const extendedOn of [undefined, '2026-03-10']) {
          const r = { law: law.id, kind, sentOn: '2026-03-02', extendedOn } as never;
          expect(dueDateOf(r, built), `${law.id} ${kind}`).toBe(dueDateOf(r, LAWS));
        }
      }
    }
  });
});
