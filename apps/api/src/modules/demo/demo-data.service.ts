import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { addDays, type AssignmentRole, type AssignmentState, type Cadence, type OrganizationKind } from '@luoshi/common';
import { Environment } from '@luoshi/config';
import { Assignment, DEMO_USERS, Item, ItemOrganization, Organization, ProgressReport, Speech, User } from '@luoshi/data';
import { DataSource, type EntityManager } from 'typeorm';
import { ClockService } from '../../core/time/clock.service';
import { hashPassword } from '../auth/password.util';
import { DemoHistoryLoader } from './demo-history.loader';
import { DEMO_SPEECH_AGE_DAYS, DEMO_SPEECH_TITLE, demoSpeechText, type DemoSpeechDeadlines } from './demo-speech';

interface DemoOrganization {
  name: string;
  kind: OrganizationKind;
  shortName?: string;
  aliases?: string[];
  parent?: string;
}

const ORGANIZATIONS: DemoOrganization[] = [
  { name: '青川县委', kind: 'party_committee', shortName: '县委', aliases: ['县委', '中共青川县委'] },
  { name: '县委督查室', kind: 'party_dept', aliases: ['督查室'], parent: '青川县委' },
  { name: '县委组织部', kind: 'party_dept', aliases: ['组织部'] },
  { name: '县委宣传部', kind: 'party_dept', aliases: ['宣传部'] },
  { name: '县总工会', kind: 'mass_org', aliases: ['总工会', '工会'] },
  { name: '团县委', kind: 'mass_org', aliases: ['共青团青川县委', '团委'] },
  { name: '县妇联', kind: 'mass_org', aliases: ['妇联', '县妇女联合会'] },
  { name: '县农业农村局', kind: 'government', aliases: ['农业农村局', '农业局'] },
  { name: '县农技推广中心', kind: 'government', aliases: ['农技推广中心', '农技中心'], parent: '县农业农村局' },
  { name: '县财政局', kind: 'government', aliases: ['财政局'] },
];

interface DemoDirective {
  /** The deadline's place in the speech's text. */
  key: keyof DemoSpeechDeadlines;
  section: string;
  /** A unique piece of the passage where the directive's sentence starts (or its line's heading). */
  anchor: string;
  title: string;
  organizations: Array<[string, AssignmentRole]>;
  dueInDays: number;
  cadence?: Cadence;
  /** State of the lead assignment; support assignments stay `assigned`. */
  state: AssignmentState;
  percent?: number;
}

const DIRECTIVES: DemoDirective[] = [
  { key: 'industry', section: '一、', anchor: '（一）壮大特色产业', title: '制定茶叶和中药材产业提升方案', organizations: [['县农业农村局', 'lead'], ['县财政局', 'support']], dueInDays: 40, state: 'in_progress', percent: 40 },
  { key: 'technicalService', section: '一、', anchor: '（二）加强技术服务', title: '组织农技人员进村入户', organizations: [['县农技推广中心', 'lead']], dueInDays: 5, cadence: 'monthly', state: 'signed' },
  { key: 'talent', section: '二、', anchor: '县委组织部要牵头', title: '实施乡村人才回引计划', organizations: [['县委组织部', 'lead']], dueInDays: 90, state: 'assigned' },
  { key: 'training', section: '二、', anchor: '团县委要办好', title: '办好青年返乡创业培训班', organizations: [['团县委', 'lead']], dueInDays: 60, cadence: 'quarterly', state: 'completion_requested', percent: 100 },
  { key: 'wages', section: '三、', anchor: '县总工会要维护好', title: '完成欠薪问题专项排查', organizations: [['县总工会', 'lead']], dueInDays: -4, state: 'in_progress', percent: 70 },
  { key: 'care', section: '三、', anchor: '县妇联要关心', title: '建立留守妇女儿童关爱服务台账', organizations: [['县妇联', 'lead']], dueInDays: 30, state: 'completed', percent: 100 },
];

/**
 * Loads the demo registry, users, a published speech and months of history (more speeches and
 * instructions, done every way work gets done) into an empty database.
 */
@Injectable()
export class DemoDataService implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoDataService.name);

  constructor(
    private readonly env: Environment,
    private readonly dataSource: DataSource,
    private readonly clock: ClockService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.env.DEMO_DATA || this.env.NODE_ENV === 'production') return;
    const loaded = await this.dataSource.transaction(async (manager) => {
      // Several replicas may start at once: one loads, the others wait and find it done.
      await manager.query('SELECT pg_advisory_xact_lock(7141592654)');
      if ((await manager.count(User)) > 0) return false;
      await this.load(manager);
      return true;
    });
    if (loaded) this.logger.log('Demo data loaded');
  }

  private async load(m: EntityManager): Promise<void> {
    const orgs = new Map<string, Organization>();
    for (const o of ORGANIZATIONS) {
      const parent = o.parent ? orgs.get(o.parent) : undefined;
      const saved = await m.save(
        m.create(Organization, { name: o.name, kind: o.kind, shortName: o.shortName ?? null, aliases: o.aliases ?? [], parentId: parent?.id ?? null }),
      );
      orgs.set(o.name, saved);
    }
    const users = new Map<string, User>();
    for (const u of DEMO_USERS) {
      const saved = await m.save(
        m.create(User, {
          username: u.username,
          displayName: u.name,
          role: u.role,
          organizationId: u.organization ? (orgs.get(u.organization)?.id ?? null) : null,
          email: `${u.username}@demo.luoshi.local`,
          passwordHash: await hashPassword(u.password),
          // The printed demo logins keep working: exempt from the password policy and forced change.
          passwordPolicyExempt: true,
        }),
      );
      users.set(u.username, saved);
    }
    const supervisor = users.get('duban');
    const today = this.clock.today();
    const orgUsers = new Map<string, User>();
    for (const u of DEMO_USERS) {
      const user = users.get(u.username);
      if (u.organization && user && !orgUsers.has(u.organization)) orgUsers.set(u.organization, user);
    }
    const speechDate = addDays(today, -DEMO_SPEECH_AGE_DAYS);
    const deadlines = {} as DemoSpeechDeadlines;
    for (const d of DIRECTIVES) deadlines[d.key] = addDays(today, d.dueInDays);
    const text = demoSpeechText(speechDate, deadlines);
    const speech = await m.save(
      m.create(Speech, {
        title: DEMO_SPEECH_TITLE,
        date: speechDate,
        speaker: '周立新',
        meeting: '全县乡村振兴重点工作推进会',
        rawText: text,
        status: 'published',
        audienceIds: ['县农业农村局', '县总工会', '团县委', '县妇联'].map((n) => orgs.get(n)?.id ?? ''),
        createdById: supervisor?.id ?? null,
        publishedById: supervisor?.id ?? null,
        publishedAt: this.clock.now(),
      }),
    );
    const sections = new Map<string, Item>();
    let position = 0;
    for (const d of DIRECTIVES) {
      let section = sections.get(d.section);
      if (!section) {
        const start = text.indexOf(`\n${d.section}`) + 1;
        const end = text.indexOf('\n', start);
        section = await m.save(
          m.create(Item, { speechId: speech.id, kind: 'section', title: text.slice(start + d.section.length, end), text: text.slice(start, end), spanStart: start, spanEnd: end, status: 'published', position: position++ }),
        );
        sections.set(d.section, section);
      }
      // The directive's sentence: from its line's start (its heading included) or, after another
      // sentence on the line, from the anchor; up to the full stop after its deadline.
      const anchorAt = text.indexOf(d.anchor);
      const lineStart = text.lastIndexOf('\n', anchorAt) + 1;
      const start = text.lastIndexOf('。', anchorAt) >= lineStart ? anchorAt : lineStart;
      const end = text.indexOf('。', text.indexOf('日前', anchorAt)) + 1;
      const dueDate = addDays(today, d.dueInDays);
      const item = await m.save(
        m.create(Item, {
          speechId: speech.id,
          parentId: section.id,
          kind: 'directive',
          title: d.title,
          text: text.slice(start, end),
          spanStart: start,
          spanEnd: end,
          dueDate,
          cadence: d.cadence ?? null,
          confidence: 1,
          status: 'published',
          position: position++,
        }),
      );
      for (const [index, [orgName, role]] of d.organizations.entries()) {
        const organizationId = orgs.get(orgName)?.id ?? '';
        await m.save(m.create(ItemOrganization, { itemId: item.id, organizationId, role, position: index }));
        const lead = role === 'lead';
        const state = lead ? d.state : 'assigned';
        const assignment = await m.save(
          m.create(Assignment, {
            itemId: item.id,
            organizationId,
            role,
            state,
            dueDate,
            cadence: d.cadence ?? null,
            percent: lead ? (d.percent ?? 0) : 0,
            assignedById: supervisor?.id ?? null,
            signedAt: state === 'assigned' ? null : this.clock.now(),
            completedAt: state === 'completed' ? this.clock.now() : null,
          }),
        );
        if (lead && (d.percent ?? 0) > 0) {
          await m.save(
            m.create(ProgressReport, {
              assignmentId: assignment.id,
              done: `已完成阶段性工作，进度约${d.percent}%。`,
              nextSteps: '按计划推进后续工作。',
              problems: '',
              helpNeeded: '',
              percent: d.percent ?? 0,
            }),
          );
        }
      }
    }
    // The months before: the first speech above stays the one every demo organization has work in.
    await new DemoHistoryLoader(m, { orgs, orgUsers, supervisor, today, now: this.clock.now(), zone: this.clock.zone }).load();
  }
}
