import type { ScoreComponent } from '@luoshi/common';
import type { Translate } from './chart-options';

/** "−5.0" / "+2.0" / "100.0": a score term's points with its sign. */
export function signedPoints(points: number): string {
  const text = Math.abs(points).toFixed(1);
  return points > 0 ? `+${text}` : points < 0 ? `−${text}` : text;
}

/**
 * A score term in the UI's language from its numbers ("−5.0：2 项超期，合计超期 2 天"); the API's own
 * zh-CN text is the fallback for a term the dashboard does not know.
 */
export function scoreLine(c: ScoreComponent, t: Translate, earlyDays: number): string {
  const known = ['base', 'overdue', 'missedReports', 'returns', 'earlyCompletion', 'floor'];
  const words = known.includes(c.key) ? t(`luoshi.leaders.scorecard.components.${c.key}`, { count: c.count, days: c.key === 'earlyCompletion' ? earlyDays : (c.days ?? 0) }) : c.text;
  // The base is where the score starts, not a term added to it.
  return `${c.key === 'base' ? c.points.toFixed(1) : signedPoints(c.points)}：${words}`;
}
