import type { Score, ScoreComponent, ScoringSchemeRules } from './dashboard.types';

/** What a score is made from: one organization's (or one scope's) counts over a period. */
export interface ScoreInput {
  /** Assignments overdue at the period's end. */
  overdue: number;
  /** Their days overdue, in total. */
  overdueDays: number;
  /** Sum over them of min(days × overdueDayPenalty, overdueDayCap): the capped day deduction. */
  overdueDayPoints: number;
  missedReports: number;
  returns: number;
  /** Completions within the period at least `earlyDays` before the due date. */
  completedEarly: number;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

function signed(points: number): string {
  const abs = Math.abs(points).toFixed(1);
  return points < 0 ? `−${abs}` : `+${abs}`;
}

/**
 * The 考评 score: base, minus the overdue terms, missed reporting periods and returns, plus the
 * early completions (capped), never below the floor. Each term is a component with its line, so
 * the score is reproducible from what the scorecard shows.
 */
export function organizationScore(input: ScoreInput, rules: ScoringSchemeRules, schemeId: string): Score {
  const components: ScoreComponent[] = [{ key: 'base', points: rules.base, count: 0, days: null, text: `基础分 ${rules.base.toFixed(1)}` }];
  if (input.overdue > 0) {
    const points = round1(-(input.overdue * rules.overduePenalty + input.overdueDayPoints));
    components.push({
      key: 'overdue',
      points,
      count: input.overdue,
      days: input.overdueDays,
      text: `${signed(points)}：${input.overdue} 项超期，合计超期 ${input.overdueDays} 天`,
    });
  }
  if (input.missedReports > 0) {
    const points = round1(-input.missedReports * rules.missedReportPenalty);
    components.push({ key: 'missedReports', points, count: input.missedReports, days: null, text: `${signed(points)}：${input.missedReports} 个报送周期未报送` });
  }
  if (input.returns > 0) {
    const points = round1(-input.returns * rules.returnPenalty);
    components.push({ key: 'returns', points, count: input.returns, days: null, text: `${signed(points)}：被退回 ${input.returns} 次` });
  }
  if (input.completedEarly > 0) {
    const points = round1(Math.min(input.completedEarly * rules.earlyBonus, rules.earlyBonusCap));
    components.push({
      key: 'earlyCompletion',
      points,
      count: input.completedEarly,
      days: null,
      text: `${signed(points)}：${input.completedEarly} 项提前 ${rules.earlyDays} 天以上办结`,
    });
  }
  // A term the scheme weighs at nothing says nothing.
  const terms = components.filter((c, i) => i === 0 || c.points !== 0);
  components.length = 0;
  components.push(...terms);
  const sum = round1(components.reduce((total, c) => total + c.points, 0));
  if (sum < rules.floor) {
    const points = round1(rules.floor - sum);
    components.push({ key: 'floor', points, count: 0, days: null, text: `${signed(points)}：最低 ${rules.floor.toFixed(1)} 分` });
    return { value: rules.floor, schemeId, components };
  }
  return { value: sum, schemeId, components };
}
