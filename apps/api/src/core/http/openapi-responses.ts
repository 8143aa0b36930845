import type { OpenAPIObject, ReferenceObject, SchemaObject } from '@nestjs/swagger';
import { ASSIGNMENT_STATES, CADENCES, ITEM_KINDS, LIGHTS, ORGANIZATION_ROLES_IN_ITEM, ROLES } from '@luoshi/common';
import type { DataSource } from 'typeorm';

const uuid: SchemaObject = { type: 'string', format: 'uuid' };
const instant: SchemaObject = { type: 'string', format: 'date-time' };
const date: SchemaObject = { type: 'string', format: 'date' };
const text: SchemaObject = { type: 'string' };
const int: SchemaObject = { type: 'integer' };
const nullable = (s: SchemaObject): SchemaObject => ({ ...s, nullable: true });
const ref = (name: string): ReferenceObject => ({ $ref: `#/components/schemas/${name}` });
const arrayOf = (name: string): SchemaObject => ({ type: 'array', items: ref(name) });
const num: SchemaObject = { type: 'number' };
const light: SchemaObject = { type: 'string', enum: [...LIGHTS] };
const role: SchemaObject = { type: 'string', enum: [...ORGANIZATION_ROLES_IN_ITEM] };
const list = (items: SchemaObject | ReferenceObject): SchemaObject => ({ type: 'array', items });

function record(properties: Record<string, SchemaObject | ReferenceObject>, description?: string): SchemaObject {
  return { type: 'object', description, properties, required: Object.keys(properties), additionalProperties: false };
}

/** Column type -> JSON Schema, for the records the API returns as they are stored. */
function columnSchema(type: unknown, length: string): SchemaObject {
  const name = typeof type === 'function' ? type.name.toLowerCase() : String(type);
  if (name === 'uuid') return uuid;
  if (name === 'date') return date;
  if (name.startsWith('timestamp') || name === 'datetime') return instant;
  if (['integer', 'int', 'int4', 'smallint', 'bigint', 'number'].includes(name)) return int;
  if (['real', 'float', 'double precision', 'numeric'].includes(name)) return { type: 'number' };
  if (name === 'boolean') return { type: 'boolean' };
  if (name === 'jsonb' || name === 'json') return {};
  return length ? { type: 'string', maxLength: Number(length) } : text;
}

/** A stored record's schema from its TypeORM columns (relations are never serialized). */
function entitySchema(dataSource: DataSource, entity: string, omit: string[] = []): SchemaObject {
  const metadata = dataSource.entityMetadatas.find((m) => m.name === entity);
  if (!metadata) throw new Error(`OpenAPI: no entity ${entity}`);
  const properties: Record<string, SchemaObject> = {};
  for (const column of metadata.columns) {
    if (omit.includes(column.propertyName) || column.isVirtual) continue;
    const base = columnSchema(column.type, column.length);
    const schema = column.isArray ? { type: 'array', items: base } : base;
    properties[column.propertyName] = column.isNullable ? nullable(schema) : schema;
  }
  return record(properties, `${entity} as stored`);
}

function schemas(dataSource: DataSource): Record<string, SchemaObject> {
  const attachment = record({
    id: uuid,
    assignmentId: uuid,
    reportId: nullable(uuid),
    name: text,
    size: int,
    type: text,
    uploadedById: nullable(uuid),
    createdAt: instant,
  });
  const item = entitySchema(dataSource, 'Item');
  return {
    Organization: entitySchema(dataSource, 'Organization'),
    // The fingerprint that finds duplicates is internal: never in a response.
    Speech: entitySchema(dataSource, 'Speech', ['textFingerprint']),
    // A list row: the text stays with the speech alone (GET /speeches/:id).
    SpeechListRow: entitySchema(dataSource, 'Speech', ['textFingerprint', 'rawText']),
    AuditEvent: entitySchema(dataSource, 'AuditEvent'),
    Notification: entitySchema(dataSource, 'Notification'),
    ExtensionRequest: entitySchema(dataSource, 'ExtensionRequest'),
    Item: record(
      {
        ...item.properties,
        organizations: {
          type: 'array',
          items: record({ organizationId: uuid, role: { type: 'string', enum: [...ORGANIZATION_ROLES_IN_ITEM] } }),
        },
        progress: nullable({
          type: 'number',
          description: 'Mean percent of its assignments (a section: of its items); null before publishing',
        }),
        assignments: {
          type: 'array',
          description: 'Every organization’s assignment of it: states only, never another organization’s percentage',
          items: record({
            organizationId: uuid,
            role: { type: 'string', enum: [...ORGANIZATION_ROLES_IN_ITEM] },
            state: { type: 'string', enum: [...ASSIGNMENT_STATES] },
          }),
        },
      },
      'An item with its organizations and progress',
    ),
    User: record(
      {
        id: uuid,
        username: text,
        name: text,
        role: { type: 'string', enum: [...ROLES] },
        organizationId: nullable(uuid),
        email: nullable(text),
        active: { type: 'boolean' },
        lockedUntil: nullable(instant),
        mustChangePassword: { type: 'boolean' },
        version: int,
        createdAt: instant,
        updatedAt: instant,
      },
      'A user; never the password',
    ),
    Assignment: record(
      {
        id: uuid,
        itemId: uuid,
        itemTitle: nullable(text),
        speechId: nullable(uuid),
        organizationId: uuid,
        role: { type: 'string', enum: [...ORGANIZATION_ROLES_IN_ITEM] },
        state: { type: 'string', enum: [...ASSIGNMENT_STATES] },
        dueDate: nullable(date),
        cadence: nullable({ type: 'string', enum: [...CADENCES] }),
        percent: int,
        light: nullable({ type: 'string', enum: [...LIGHTS], description: 'Derived, never stored' }),
        overdue: { type: 'boolean', description: 'Derived from the due date in the deployment zone' },
        daysLeft: nullable(int),
        lastReportAt: nullable(instant),
        signedAt: nullable(instant),
        completedAt: nullable(instant),
        completionSummary: nullable(text),
        returnReason: nullable(text),
        cancelReason: nullable(text),
        cancelledAt: nullable(instant),
        handlerId: nullable({ ...uuid, description: 'The handler (经办人) the org admin handed it to' }),
        handlerName: nullable(text),
        leadState: nullable({
          type: 'string',
          enum: [...ASSIGNMENT_STATES],
          description: 'The lead organization’s state (for a supporter); never its percentage',
        }),
        leadOrganizationId: nullable(uuid),
        version: int,
        createdAt: instant,
        updatedAt: instant,
      },
      'One organization’s assignment of an item, with what is derived from it',
    ),
    Attachment: attachment,
    Report: record({
      id: uuid,
      assignmentId: uuid,
      authorId: nullable(uuid),
      done: text,
      nextSteps: text,
      problems: text,
      helpNeeded: text,
      percent: int,
      attachments: arrayOf('Attachment'),
      createdAt: instant,
    }),
    LoginResponse: record({
      accessToken: { type: 'string', description: 'A bearer token' },
      passwordChangeRequired: { type: 'boolean' },
    }),
    CurrentUser: record({
      id: uuid,
      username: text,
      name: text,
      role: { type: 'string', enum: [...ROLES] },
      organizationId: nullable(uuid),
      passwordChangeRequired: { type: 'boolean' },
      sessionIdleMinutes: int,
      passwordPolicy: record({ minLength: int, minClasses: int }),
    }),
    UrgeResult: record({ assignmentId: uuid, notified: int, notificationIds: { type: 'array', items: uuid } }),
    ExtractionSummary: record({
      items: int,
      sections: int,
      directives: int,
      commitments: int,
      unresolvedOrgs: int,
      date: nullable(date),
    }),
    PublishPreview: record({
      items: int,
      assignments: int,
      unassigned: { type: 'array', items: record({ id: uuid, title: text }) },
    }),
    PublishResult: record({ items: int, assignments: int }),
    ...leadersViewSchemas(dataSource),
  };
}

/** The leaders' view (libs/common dashboard.types.ts): every count with the list filter that lists its rows. */
function leadersViewSchemas(dataSource: DataSource): Record<string, SchemaObject> {
  const listFilter: SchemaObject = {
    type: 'object',
    description: 'A `filter` for GET /api/assignments (and the .xlsx export) whose rows are exactly the counted ones',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'boolean' }] },
  };
  const count = record({ value: int, filter: ref('AssignmentListFilter') });
  const rate = record({ value: nullable({ ...num, description: 'numerator / denominator; null when the denominator is 0' }), numerator: int, denominator: int });
  const scope = record({
    from: date,
    to: { ...date, description: 'Exclusive' },
    referenceDay: { ...date, description: 'The period’s last day, or today while it runs' },
    speechId: nullable(uuid),
    organizationId: nullable(uuid),
    filter: ref('AssignmentListFilter'),
  });
  const score = record({
    value: num,
    schemeId: uuid,
    components: list(
      record({
        key: { type: 'string', enum: ['base', 'overdue', 'missedReports', 'returns', 'earlyCompletion', 'floor'] },
        points: num,
        count: int,
        days: nullable(int),
        text: { ...text, example: '−5.0：2 项超期，合计超期 2 天' },
      }),
    ),
  });
  const figures = {
    total: ref('Count'),
    open: ref('Count'),
    completed: ref('Count'),
    due: ref('Count'),
    completedOnTime: ref('Count'),
    onTimeRate: ref('Rate'),
    overdue: ref('Count'),
    overdueDays: int,
    averageDaysLate: nullable(num),
    late: ref('Count'),
    reportTimeliness: ref('Rate'),
    returns: int,
    completedEarly: int,
  };
  const progress = { total: ref('Count'), completed: ref('Count'), overdue: ref('Count'), percent: nullable(num) };
  const scorecardAssignment = record({
    id: uuid,
    itemTitle: text,
    speechTitle: nullable(text),
    organizationId: uuid,
    organizationName: text,
    role,
    state: { type: 'string', enum: [...ASSIGNMENT_STATES] },
    dueDate: nullable(date),
    percent: int,
    completedAt: nullable(instant),
    daysLate: nullable(int),
  });
  const boardNode: SchemaObject = record({
    itemId: uuid,
    kind: { type: 'string', enum: [...ITEM_KINDS] },
    title: text,
    dueDate: nullable(date),
    light: nullable(light),
    percent: nullable(num),
    organizations: list(
      record({
        assignmentId: uuid,
        organizationId: uuid,
        name: text,
        role,
        state: { type: 'string', enum: [...ASSIGNMENT_STATES] },
        dueDate: nullable(date),
        percent: int,
        light: nullable(light),
        overdueDays: nullable(int),
      }),
    ),
    children: list(ref('SpeechBoardNode')),
  });
  const bulletinContent = record({
    office: text,
    summary: list(text),
    figures: record({ total: int, completed: int, completionRate: nullable(num), onTimeRate: nullable(num), overdue: int, dueSoon: int, reportMissed: int }),
    ranking: list(
      record({
        rank: int,
        organizationId: uuid,
        name: text,
        total: int,
        completed: int,
        onTimeRate: nullable(num),
        overdue: int,
        averageDaysLate: nullable(num),
        reportTimeliness: nullable(num),
        score: num,
      }),
    ),
    overdue: list(
      record({ assignmentId: uuid, itemTitle: text, speechTitle: nullable(text), organizationName: text, role, dueDate: date, daysOverdue: int }),
    ),
    commended: list(record({ organizationId: uuid, name: text, reason: text })),
  });
  return {
    AssignmentListFilter: listFilter,
    Count: count,
    Rate: rate,
    DashboardScope: scope,
    Score: score,
    DashboardSummary: record({
      scope: ref('DashboardScope'),
      total: ref('Count'),
      open: ref('Count'),
      completed: ref('Count'),
      completionRate: ref('Rate'),
      due: ref('Count'),
      completedOnTime: ref('Count'),
      onTimeRate: ref('Rate'),
      overdue: ref('Count'),
      dueSoon: ref('Count'),
      warningDays: int,
      reportMissed: ref('Count'),
      averageDaysLate: nullable(num),
      late: ref('Count'),
      reportTimeliness: ref('Rate'),
      lights: record({ red: ref('Count'), yellow: ref('Count'), green: ref('Count') }),
    }),
    OrganizationRankingRow: record({
      ...figures,
      organizationId: uuid,
      name: text,
      rank: int,
      score: ref('Score'),
      highlight: nullable({ type: 'string', enum: ['top', 'bottom'] }),
    }),
    OrganizationRanking: record({ scope: ref('DashboardScope'), schemeId: uuid, rows: arrayOf('OrganizationRankingRow') }),
    SpeechProgress: record({
      scope: ref('DashboardScope'),
      limit: int,
      more: { type: 'boolean', description: 'Older speeches with counted work were left out (see limit)' },
      speeches: list(record({ ...progress, speechId: uuid, title: text, date: nullable(date), sections: list(record({ ...progress, sectionId: uuid, title: text })) })),
    }),
    WeeklyTrend: record({
      scope: ref('DashboardScope'),
      weeks: list(record({ weekStart: date, weekEnd: date, created: ref('Count'), completed: ref('Count'), completedOnTime: ref('Count'), overdue: ref('Count') })),
    }),
    Heatmap: record({
      scope: ref('DashboardScope'),
      limit: int,
      more: { type: 'boolean', description: 'by=speech: older speeches with counted work were left out (see limit)' },
      by: { type: 'string', enum: ['speech', 'section'] },
      organizations: list(record({ id: uuid, name: text })),
      columns: list(record({ id: uuid, title: text })),
      cells: list(record({ organizationId: uuid, columnId: uuid, total: ref('Count'), percent: nullable(num), light: nullable(light), overdue: int })),
    }),
    SpeechBoardNode: boardNode,
    SpeechBoard: record({
      scope: ref('DashboardScope'),
      speech: record({ id: uuid, title: text, date: nullable(date), speaker: nullable(text), meeting: nullable(text) }),
      figures: record(progress),
      items: arrayOf('SpeechBoardNode'),
    }),
    Scorecard: record({
      scope: ref('DashboardScope'),
      organization: record({ id: uuid, name: text, parentId: nullable(uuid) }),
      figures: record(figures),
      score: ref('Score'),
      organizations: arrayOf('OrganizationRankingRow'),
      openAssignments: list(scorecardAssignment),
      overdueAssignments: list(scorecardAssignment),
      recentlyCompleted: list(scorecardAssignment),
      openFilter: ref('AssignmentListFilter'),
      overdueFilter: ref('AssignmentListFilter'),
      recentlyCompletedFilter: ref('AssignmentListFilter'),
      reportTimeliness: list(record({ cadence: { type: 'string', enum: [...CADENCES] }, periods: int, reported: int })),
    }),
    ScoringScheme: entitySchema(dataSource, 'ScoringSchemeRecord'),
    BulletinContent: bulletinContent,
    Bulletin: record({
      id: uuid,
      year: int,
      number: int,
      numberLine: { ...text, example: '督查通报〔2026〕第3期' },
      title: text,
      from: date,
      to: date,
      issuedAt: instant,
      issuedById: nullable(uuid),
      content: ref('BulletinContent'),
    }),
    BulletinPreview: record({ title: text, from: date, to: date, content: ref('BulletinContent') }),
  };
}

/** Which record each resource's operations return, by the path's first segment. */
const RESOURCE_RECORD: ReadonlyMap<string, string> = new Map([
  ['organizations', 'Organization'],
  ['users', 'User'],
  ['speeches', 'Speech'],
  ['items', 'Item'],
  ['assignments', 'Assignment'],
  ['reports', 'Report'],
  ['extension-requests', 'ExtensionRequest'],
  ['attachments', 'Attachment'],
  ['notifications', 'Notification'],
  ['audit-events', 'AuditEvent'],
  ['scoring-schemes', 'ScoringScheme'],
  ['bulletins', 'Bulletin'],
]);

/** Operations that return something other than their resource's record. */
const SPECIAL: ReadonlyMap<string, SchemaObject | ReferenceObject> = new Map<string, SchemaObject | ReferenceObject>([
  ['post /auth/login', ref('LoginResponse')],
  ['get /auth/me', ref('CurrentUser')],
  ['get /assignments/{id}/history', arrayOf('AuditEvent')],
  ['post /assignments/{id}/report', ref('Report')],
  ['post /assignments/{id}/urge', ref('UrgeResult')],
  ['get /speeches', arrayOf('SpeechListRow')],
  ['post /speeches/{id}/extract', ref('ExtractionSummary')],
  ['get /speeches/{id}/publish-preview', ref('PublishPreview')],
  ['post /speeches/{id}/publish', ref('PublishResult')],
  ['post /items/{id}/split', { type: 'array', items: ref('Item'), minItems: 2, maxItems: 2 }],
  ['get /attachments/{id}', { type: 'string', format: 'binary' }],
  ['get /dashboard/summary', ref('DashboardSummary')],
  ['get /dashboard/ranking', ref('OrganizationRanking')],
  ['get /dashboard/progress', ref('SpeechProgress')],
  ['get /dashboard/trend', ref('WeeklyTrend')],
  ['get /dashboard/heatmap', ref('Heatmap')],
  ['get /dashboard/speeches/{id}/board', ref('SpeechBoard')],
  ['get /dashboard/organizations/{id}/scorecard', ref('Scorecard')],
  ['get /bulletins/preview', ref('BulletinPreview')],
  ['get /exports/assignments', { type: 'string', format: 'binary' }],
  ['get /exports/bulletins/{id}', { type: 'string', format: 'binary' }],
]);

/** Operations whose success is a file, with its media type. */
const FILE_MEDIA: ReadonlyMap<string, string> = new Map([
  ['get /attachments/{id}', 'application/octet-stream'],
  ['get /exports/assignments', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ['get /exports/bulletins/{id}', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
]);

/**
 * The success responses: the record (or array of records, with `Content-Range`, for lists) each
 * operation returns. Routes this table does not know keep what Swagger generated.
 */
export function documentResponses(document: OpenAPIObject, dataSource: DataSource): void {
  document.components ??= {};
  Object.assign((document.components.schemas ??= {}), schemas(dataSource));
  for (const [fullPath, item] of Object.entries(document.paths)) {
    const path = fullPath.replace(/^\/api/, '');
    const resource = path.split('/')[1] ?? '';
    for (const method of ['get', 'post', 'put', 'delete'] as const) {
      const operation = item[method];
      if (!operation) continue;
      const key = `${method} ${path}`;
      const recordName = RESOURCE_RECORD.get(resource);
      const isList = method === 'get' && path === `/${resource}`;
      const schema = SPECIAL.get(key) ?? (recordName ? (isList ? arrayOf(recordName) : ref(recordName)) : undefined);
      if (!schema) continue;
      const status = Object.keys(operation.responses).find((s) => s.startsWith('2')) ?? '200';
      const media = FILE_MEDIA.get(key) ?? 'application/json';
      operation.responses[status] = {
        description: isList
          ? 'One page, as a bare array; the `Content-Range` header gives its place in the total'
          : 'OK',
        content: { [media]: { schema } },
        ...(isList
          ? {
              headers: {
                'Content-Range': { description: '`<resource> <first>-<last>/<total>`', schema: { type: 'string' } },
              },
            }
          : {}),
      };
    }
  }
}
