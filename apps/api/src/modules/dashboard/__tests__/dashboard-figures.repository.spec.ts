import type { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { AssignmentFigures } from '../../assignments/assignment-figures.sql';
import { DashboardFiguresRepository, type FigureScope } from '../dashboard-figures.repository';

/** A DataSource that answers each statement when told to, and records what it was asked. */
function pendingDataSource() {
  const asked: string[] = [];
  const answers: Array<() => void> = [];
  const dataSource = {
    driver: { escapeQueryWithParameters: (sql: string, params: Record<string, unknown>) => [sql, Object.values(params)] },
    query: (sql: string) =>
      new Promise((resolve) => {
        asked.push(sql);
        answers.push(() => resolve([{ value: asked.length, second: 0 }]));
      }),
  } as unknown as DataSource;
  return { dataSource, asked, answerAll: () => answers.splice(0).forEach((answer) => answer()) };
}

describe('DashboardFiguresRepository: one statement for requests asking the same at the same time', () => {
  const scope: FigureScope = {
    figures: new AssignmentFigures({ from: '2026-11-01', to: '2026-12-01' }, new Date('2026-11-20T04:00:00Z'), '2026-11-20', 'Asia/Shanghai'),
    organizationIds: null,
    speechId: null,
  };

  it('joins a statement still running, and runs it again once it has answered', async () => {
    const db = pendingDataSource();
    const repository = new DashboardFiguresRepository(db.dataSource);
    const first = repository.returns(scope, ['organization']);
    const second = repository.returns(scope, ['organization']);
    const other = repository.returns(scope, []);
    await Promise.resolve();
    expect(db.asked).toHaveLength(2);
    db.answerAll();
    const [a, b] = await Promise.all([first, second, other]);
    expect(a).toEqual(b);
    const third = repository.returns(scope, ['organization']);
    await Promise.resolve();
    expect(db.asked).toHaveLength(3);
    db.answerAll();
    expect((await third)[0]?.value).toBe(3);
  });
});
