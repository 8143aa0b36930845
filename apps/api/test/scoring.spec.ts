import { DEFAULT_SCORING_RULES, type OrganizationRanking, type ScoringScheme } from '@luoshi/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertLeadersFixture, removeLeadersFixture, type LeadersFixture } from './support/leaders-fixtures';
import { listQuery, startTestApi, type TestApi } from './support/test-api';

interface ErrorBody {
  code: string;
  params?: Record<string, string | number>;
}

const STRICT = {
  name: '从严考评方案',
  base: 50,
  overduePenalty: 5,
  overdueDayPenalty: 1,
  overdueDayCap: 3,
  missedReportPenalty: 2,
  returnPenalty: 0,
  earlyBonus: 2,
  earlyDays: 5,
  earlyBonusCap: 10,
  floor: 45,
};

let api: TestApi;
let fx: LeadersFixture;
let admin: string;
let supervisor: string;
let defaultScheme: ScoringScheme;

beforeAll(async () => {
  api = await startTestApi();
  fx = await insertLeadersFixture(api);
  admin = await api.login('admin');
  supervisor = await api.login('duban');
});

afterAll(async () => {
  // Leave the default scheme active for the files after this one.
  if (defaultScheme) await api.request('POST', `/scoring-schemes/${defaultScheme.id}/activate`, { token: admin, body: {} });
  await removeLeadersFixture(api, fx);
  await api.close();
});

const ranking = async (query = '') =>
  (await api.request<OrganizationRanking>('GET', `/dashboard/ranking?from=2026-11-01&to=2026-12-01&speechId=${fx.speechId}${query}`, { token: supervisor })).body;

describe('scoring schemes (考评方案)', () => {
  it('start with the default scheme of the issue, active, readable by every role', async () => {
    const list = await api.request<ScoringScheme[]>('GET', '/scoring-schemes', { token: await api.login('nongji') });
    expect(list.status).toBe(200);
    const active = list.body.filter((s) => s.active);
    expect(active).toHaveLength(1);
    defaultScheme = active[0]!;
    expect(defaultScheme).toMatchObject(DEFAULT_SCORING_RULES);
  });

  it('are created and edited by admins only, with coded refusals, every change audited', async () => {
    expect((await api.request('POST', '/scoring-schemes', { token: supervisor, body: STRICT })).status).toBe(403);
    const bad = await api.request<ErrorBody>('POST', '/scoring-schemes', { token: admin, body: { ...STRICT, base: -1 } });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'validation.field_invalid', params: { field: 'base' } });
    const created = await api.request<ScoringScheme>('POST', '/scoring-schemes', { token: admin, body: STRICT });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...STRICT, active: false });
    const clash = await api.request<ErrorBody>('POST', '/scoring-schemes', { token: admin, body: STRICT });
    expect(clash.status).toBe(409);
    expect(clash.body.code).toBe('scoring.scheme_name_taken');
    const stale = await api.request<ErrorBody>('PUT', `/scoring-schemes/${created.body.id}`, { token: admin, body: { ...STRICT, version: 99 } });
    expect(stale.body.code).toBe('record.stale_version');
    const edited = await api.request<ScoringScheme>('PUT', `/scoring-schemes/${created.body.id}`, {
      token: admin,
      body: { ...created.body, earlyBonus: 2 },
    });
    expect(edited.status).toBe(200);
    const events = await api.request<Array<{ action: string }>>('GET', `/audit-events${listQuery({ filter: { entityId: created.body.id } })}`, { token: admin });
    expect(events.body.map((e) => e.action).sort()).toEqual(['scoring_scheme.create', 'scoring_scheme.update']);
    const missing = await api.request<ErrorBody>('GET', '/scoring-schemes/00000000-0000-4000-8000-000000000000', { token: admin });
    expect(missing.status).toBe(404);
  });

  it('score each organization reproducibly from its components, under the scheme asked for', async () => {
    const strict = (await api.request<ScoringScheme[]>('GET', `/scoring-schemes${listQuery({ filter: { q: STRICT.name } })}`, { token: admin })).body[0]!;
    const r = await ranking(`&schemeId=${strict.id}`);
    expect(r.schemeId).toBe(strict.id);
    // By hand: C 50 − 2 (A9's missed week) + 2 (A3 ten days early ≥ 5) = 50;
    // P 50 − (5 + min(10 × 1, 3)) − 2 × 2 = 38, raised to the floor 45 (its return weighs nothing);
    // O 50 − (5 + 3) = 42, raised to 45. P and O tie on score and on-time rate (0): by name, in pinyin order (cè < qí).
    expect(r.rows.map((x) => [x.name, x.score.value, x.rank])).toEqual([
      ['看板测试中心', 50, 1],
      ['看板测试局', 45, 2],
      ['看板其他局', 45, 3],
    ]);
    const p = r.rows.find((x) => x.name === '看板测试局')!;
    expect(p.score.components.map((c) => c.text)).toEqual(['基础分 50.0', '−8.0：1 项超期，合计超期 10 天', '−4.0：2 个报送周期未报送', '+7.0：最低 45.0 分']);
    for (const row of r.rows) expect(row.score.components.reduce((s, c) => s + c.points, 0)).toBeCloseTo(row.score.value, 6);
  });

  it('switch the active scheme in one step, audited; the ranking follows it', async () => {
    const strict = (await api.request<ScoringScheme[]>('GET', `/scoring-schemes${listQuery({ filter: { q: STRICT.name } })}`, { token: admin })).body[0]!;
    expect((await api.request('POST', `/scoring-schemes/${strict.id}/activate`, { token: supervisor, body: {} })).status).toBe(403);
    const activated = await api.request<ScoringScheme>('POST', `/scoring-schemes/${strict.id}/activate`, { token: admin, body: { version: strict.version } });
    expect(activated.status).toBe(200);
    expect(activated.body.active).toBe(true);
    const active = await api.request<ScoringScheme[]>('GET', `/scoring-schemes${listQuery({ filter: { active: true } })}`, { token: admin });
    expect(active.body.map((s) => s.id)).toEqual([strict.id]);
    expect((await ranking()).schemeId).toBe(strict.id);
    const events = await api.request<Array<{ action: string; before: { previousActiveId: string } }>>(
      'GET',
      `/audit-events${listQuery({ filter: { entityId: strict.id, action: 'scoring_scheme.activate' } })}`,
      { token: admin },
    );
    expect(events.body[0]?.before.previousActiveId).toBe(defaultScheme.id);
    const back = await api.request<ScoringScheme>('POST', `/scoring-schemes/${defaultScheme.id}/activate`, { token: admin, body: {} });
    expect(back.body.active).toBe(true);
    expect((await ranking()).rows.find((x) => x.name === '看板测试局')?.score.value).toBe(90);
  });
});
