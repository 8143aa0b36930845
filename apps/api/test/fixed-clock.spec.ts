import { Environment } from '@luoshi/config';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClockService } from '../src/core/time/clock.service';
import { createAssignment, removeFixtures } from './support/fixtures';
import { listQuery, startTestApi, type TestApi } from './support/test-api';

/**
 * Dates, days left, overdue and the lights against a clock fixed at a known instant, with every
 * expected value written here, not computed by the API's own functions. 2026-04-01T16:30Z is
 * 2026-04-02 00:30 in Asia/Shanghai (the office zone) while still 2026-04-01 in UTC; one minute
 * before 16:00Z it is 2026-04-01 23:59 there.
 */
const START = '2026-04-01T16:30:00Z';

interface View {
  id: string;
  dueDate: string | null;
  daysLeft: number | null;
  overdue: boolean;
  light: string | null;
}

describe('a clock fixed at 2026-04-01T16:30Z (2026-04-02 00:30 Asia/Shanghai)', () => {
  let api: TestApi;
  let admin: string;
  /** name → assignment id */
  const ids = new Map<string, string>();

  const view = async (name: string) =>
    (await api.request<View>('GET', `/assignments/${ids.get(name)}`, { token: admin })).body;
  const status = async (name: string) => {
    const v = await view(name);
    return { dueDate: v.dueDate, daysLeft: v.daysLeft, overdue: v.overdue, light: v.light };
  };
  /** The names of this file's assignments the list returns for `filter`. */
  const listed = async (filter: Record<string, unknown>) => {
    const reply = await api.request<View[]>(
      'GET',
      `/assignments${listQuery({ filter: { ...filter, id: [...ids.values()] }, range: [0, 999] })}`,
      { token: admin },
    );
    expect(reply.status).toBe(200);
    return [...ids.entries()]
      .filter(([, id]) => reply.body.some((v) => v.id === id))
      .map(([name]) => name)
      .sort();
  };

  beforeAll(async () => {
    api = await startTestApi({ TEST_CLOCK_START: START, TIME_ZONE: 'Asia/Shanghai' });
    admin = await api.login('admin');
    const make = async (name: string, options: Parameters<typeof createAssignment>[1], publishedAt?: string) => {
      const a = await createAssignment(api, options);
      if (publishedAt)
        await api.app
          .get(DataSource)
          .query('UPDATE assignments SET created_at = $2 WHERE id = $1', [a.id, publishedAt]);
      ids.set(name, a.id);
    };
    const org = '县农技推广中心';
    await make('due 03-31', { organization: org, state: 'in_progress', dueDate: '2026-03-31' });
    await make('due 04-01', { organization: org, state: 'in_progress', dueDate: '2026-04-01' });
    await make('due 04-02', { organization: org, state: 'in_progress', dueDate: '2026-04-02' });
    await make('due 04-09', { organization: org, state: 'signed', dueDate: '2026-04-09' });
    await make('due 04-10', { organization: org, state: 'assigned', dueDate: '2026-04-10' });
    await make('no due date', { organization: org, state: 'in_progress', dueInDays: null });
    await make('completed, due 03-31', { organization: org, state: 'completed', dueDate: '2026-03-31' });
    // Monthly reports, published on either side of Shanghai's midnight between 03-31 and 04-01.
    await make(
      'monthly, published 03-31 23:30',
      { organization: org, state: 'in_progress', dueDate: '2026-06-30', cadence: 'monthly' },
      '2026-03-31T15:30:00Z',
    );
    await make(
      'monthly, published 04-01 00:30',
      { organization: org, state: 'in_progress', dueDate: '2026-06-30', cadence: 'monthly' },
      '2026-03-31T16:30:00Z',
    );
  });
  afterAll(async () => {
    await removeFixtures(api);
    await api.close();
  });

  it("today is 2026-04-02 in the office zone although UTC's date is still 2026-04-01", () => {
    const clock = api.app.get(ClockService);
    expect(clock.now().toISOString().slice(0, 16)).toBe('2026-04-01T16:30');
    expect(clock.today()).toBe('2026-04-02');
  });

  it('due 2026-03-31, today 2026-04-02 → overdue 2 days, red', async () => {
    expect(await status('due 03-31')).toEqual({ dueDate: '2026-03-31', daysLeft: -2, overdue: true, light: 'red' });
  });

  it('due 2026-04-01 → overdue 1 day, red (in UTC it would still be the due day)', async () => {
    expect(await status('due 04-01')).toEqual({ dueDate: '2026-04-01', daysLeft: -1, overdue: true, light: 'red' });
  });

  it('due 2026-04-02 → due today: 0 days left, not overdue, yellow', async () => {
    expect(await status('due 04-02')).toEqual({ dueDate: '2026-04-02', daysLeft: 0, overdue: false, light: 'yellow' });
  });

  it('due 2026-04-09 → 7 days left, yellow; due 2026-04-10 → 8 days left, green', async () => {
    expect(await status('due 04-09')).toEqual({ dueDate: '2026-04-09', daysLeft: 7, overdue: false, light: 'yellow' });
    expect(await status('due 04-10')).toEqual({ dueDate: '2026-04-10', daysLeft: 8, overdue: false, light: 'green' });
  });

  it('no due date → green; completed → never overdue, no light', async () => {
    expect(await status('no due date')).toEqual({ dueDate: null, daysLeft: null, overdue: false, light: 'green' });
    expect(await status('completed, due 03-31')).toEqual({
      dueDate: '2026-03-31',
      daysLeft: -2,
      overdue: false,
      light: null,
    });
  });

  it('monthly: published 2026-03-31 23:30 (Shanghai) with no March report → yellow; published 2026-04-01 00:30 → green', async () => {
    expect((await view('monthly, published 03-31 23:30')).light).toBe('yellow');
    expect((await view('monthly, published 04-01 00:30')).light).toBe('green');
  });

  it('the list filters agree: overdue and each light select exactly these', async () => {
    expect(await listed({ overdue: true })).toEqual(['due 03-31', 'due 04-01']);
    expect(await listed({ light: 'red' })).toEqual(['due 03-31', 'due 04-01']);
    expect(await listed({ light: 'yellow' })).toEqual(['due 04-02', 'due 04-09', 'monthly, published 03-31 23:30']);
    expect(await listed({ light: 'green' })).toEqual(['due 04-10', 'monthly, published 04-01 00:30', 'no due date']);
  });

  it('one minute before Shanghai midnight (2026-04-01T15:59Z = 04-01 23:59) every count is one day less', async () => {
    const clock = api.app.get(ClockService);
    clock.setNow(new Date('2026-04-01T15:59:00Z'));
    try {
      expect(clock.today()).toBe('2026-04-01');
      expect(await status('due 03-31')).toEqual({ dueDate: '2026-03-31', daysLeft: -1, overdue: true, light: 'red' });
      expect(await status('due 04-01')).toEqual({
        dueDate: '2026-04-01',
        daysLeft: 0,
        overdue: false,
        light: 'yellow',
      });
      expect(await status('due 04-02')).toEqual({
        dueDate: '2026-04-02',
        daysLeft: 1,
        overdue: false,
        light: 'yellow',
      });
      expect(await status('due 04-09')).toEqual({ dueDate: '2026-04-09', daysLeft: 8, overdue: false, light: 'green' });
      // April (the current period) began at Shanghai's midnight: March, without a report, is missed already.
      expect((await view('monthly, published 03-31 23:30')).light).toBe('yellow');
      expect((await view('monthly, published 04-01 00:30')).light).toBe('green');
      expect(await listed({ overdue: true })).toEqual(['due 03-31']);
    } finally {
      clock.setNow(null);
    }
  });

  it('a report, a completion and their audit events are dated 2026-04-02 (Shanghai) by the fixed clock, not the machine', async () => {
    const staff = await api.login('nongji');
    const id = ids.get('due 04-09') ?? '';
    const at = (iso: string | null | undefined) =>
      new Date(iso ?? '').toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
    const report = await api.request<{ id: string; createdAt: string }>('POST', `/assignments/${id}/report`, {
      token: staff,
      body: { done: '已完成春耕物资排查', nextSteps: '', problems: '', helpNeeded: '', percent: 100 },
    });
    expect(report.status).toBe(201);
    const reports = await api.request<Array<{ createdAt: string }>>('GET', `/reports${listQuery({ filter: { assignmentId: id }, range: [0, 99] })}`, {
      token: admin,
    });
    expect(reports.body.map((r) => at(r.createdAt))).toEqual(['2026-04-02']);
    const done = await api.request<{ state: string }>('POST', `/assignments/${id}/request-completion`, {
      token: staff,
      body: { summary: '已全部完成' },
    });
    expect(done.status).toBe(200);
    const approved = await api.request<{ state: string; completedAt: string }>('POST', `/assignments/${id}/approve`, {
      token: admin,
      body: {},
    });
    expect(approved.body.state).toBe('completed');
    expect(at(approved.body.completedAt)).toBe('2026-04-02');
    const history = await api.request<Array<{ action: string; createdAt: string }>>(
      'GET',
      `/assignments/${id}/history`,
      { token: admin },
    );
    const stamped = history.body.filter((e) => ['assignment.report', 'assignment.approve'].includes(e.action));
    expect(stamped.map((e) => [e.action, at(e.createdAt)]).sort()).toEqual([
      ['assignment.approve', '2026-04-02'],
      ['assignment.report', '2026-04-02'],
    ]);
  });

  it("a speech's extraction and an item's edit are dated 2026-04-02 (Shanghai) by the fixed clock", async () => {
    const supervisor = await api.login('duban');
    const at = (iso: string | null | undefined) =>
      new Date(iso ?? '').toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
    const speech = await api.request<{ id: string; extractedAt: string }>('POST', '/speeches', {
      token: supervisor,
      body: { title: '固定时钟下的讲话', text: '一、抓好春耕生产\n县农技推广中心要在4月底前完成春播技术指导。' },
    });
    expect(speech.status).toBe(201);
    expect((await api.request('POST', `/speeches/${speech.body.id}/extract`, { token: supervisor })).status).toBe(200);
    const stored = await api.request<{ extractedAt: string }>('GET', `/speeches/${speech.body.id}`, { token: supervisor });
    expect(at(stored.body.extractedAt)).toBe('2026-04-02');
    const items = await api.request<Array<Record<string, unknown> & { id: string; kind: string }>>(
      'GET',
      `/items${listQuery({ filter: { speechId: speech.body.id }, range: [0, 99] })}`,
      { token: supervisor },
    );
    const task = items.body.find((i) => i.kind !== 'section');
    expect(task).toBeDefined();
    const edited = await api.request<{ updatedAt: string; title: string }>('PUT', `/items/${task?.id}`, {
      token: supervisor,
      body: { ...task, title: '完成春播技术指导（改）' },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.title).toBe('完成春播技术指导（改）');
    expect(at(edited.body.updatedAt)).toBe('2026-04-02');
    await api.request('DELETE', `/speeches/${speech.body.id}`, { token: supervisor });
  });

  it('setNow is refused outside NODE_ENV=test', () => {
    for (const NODE_ENV of ['production', 'development'] as const) {
      const env = Object.assign(new Environment(), api.app.get(Environment), { NODE_ENV, TEST_CLOCK_START: undefined });
      expect(() => new ClockService(env).setNow(new Date(START))).toThrow(
        'The clock can only be moved when NODE_ENV=test',
      );
    }
  });
});
