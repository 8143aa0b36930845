import { Inject, Injectable, Optional } from '@nestjs/common';
import type { AssignmentRole } from '@luoshi/common';
import { Item, ItemOrganization, Organization, type Speech } from '@luoshi/data';
import { extract, type ExtractionResult, type RegistryOrg } from '@luoshi/extractor';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ClockService } from '../../core/time/clock.service';
import { WORKING_CALENDAR_SOURCE, type WorkingCalendarSource } from './extraction-calendar';

export interface ExtractionSummary {
  items: number;
  sections: number;
  directives: number;
  commitments: number;
  unresolvedOrgs: number;
  date: string | null;
}

/** Runs the extractor on a speech against the live registry and stores the draft items. */
@Injectable()
export class SpeechExtractionService {
  constructor(
    private readonly clock: ClockService,
    @Optional() @Inject(WORKING_CALENDAR_SOURCE) private readonly calendars?: WorkingCalendarSource,
  ) {}

  async extractInto(m: EntityManager, speech: Speech, today: string): Promise<ExtractionSummary> {
    const organizations = await m.find(Organization);
    const registry: RegistryOrg[] = organizations.map((o) => ({
      name: o.name,
      kind: o.kind,
      aliases: o.shortName ? [...o.aliases, o.shortName] : o.aliases,
    }));
    const idByName = new Map(organizations.map((o) => [o.name, o.id]));
    const calendar = this.calendars ? await this.calendars.calendar(m) : undefined;
    const result: ExtractionResult = extract({ text: speech.rawText, registry, date: speech.date, today, calendar });

    // Re-extraction replaces what is still a draft; published items stay as they are.
    await m.delete(Item, { speechId: speech.id, status: 'draft' });
    const base = (await m.getRepository(Item).maximum('position', { speechId: speech.id })) ?? 0;
    const uuidOf = new Map(result.items.map((i) => [i.id, randomUUID()]));
    const rows = result.items.map((i, index) => ({
      id: uuidOf.get(i.id) as string,
      speechId: speech.id,
      parentId: i.parentId ? (uuidOf.get(i.parentId) ?? null) : null,
      kind: i.kind,
      title: i.title.slice(0, 300) || i.text.slice(0, 30),
      text: i.text,
      spanStart: i.start,
      spanEnd: i.end,
      dueDate: i.due,
      cadence: i.cadence,
      confidence: i.confidence,
      status: 'draft' as const,
      position: base + index + 1,
    }));
    const plan = result.items.flatMap((i) =>
      i.kind === 'section'
        ? []
        : i.orgs
            .filter((name) => idByName.has(name))
            .map((name, position) => ({
              itemId: uuidOf.get(i.id) as string,
              organizationId: idByName.get(name) as string,
              // With a 牵头 organization the others support it; without one each is responsible.
              role: (i.lead && name !== i.lead ? 'support' : 'lead') as AssignmentRole,
              position,
            })),
    );
    for (let k = 0; k < rows.length; k += 500) await m.insert(Item, rows.slice(k, k + 500));
    for (let k = 0; k < plan.length; k += 500) await m.insert(ItemOrganization, plan.slice(k, k + 500));

    speech.audienceIds = result.audience.map((name) => idByName.get(name)).filter((id): id is string => Boolean(id));
    speech.unresolvedOrgs = result.unresolvedOrgs;
    speech.date = speech.date ?? result.date;
    speech.extractedAt = this.clock.now();
    if (speech.status === 'draft') speech.status = 'extracted';
    await m.save(speech);
    return {
      items: rows.length,
      sections: rows.filter((r) => r.kind === 'section').length,
      directives: rows.filter((r) => r.kind === 'directive').length,
      commitments: rows.filter((r) => r.kind === 'commitment').length,
      unresolvedOrgs: result.unresolvedOrgs.length,
      date: speech.date,
    };
  }
}
