import { Injectable } from '@nestjs/common';
import type { AssignmentRole, Cadence } from '@luoshi/common';
import { Organization } from '@luoshi/data';
import { extract, type RegistryOrg } from '@luoshi/extractor';
import { DataSource } from 'typeorm';
import { ClockService } from '../../core/time/clock.service';
import { titleFrom } from './items.service';

/** What the hand-made task form fills in from a pasted instruction; the user checks and edits it. */
export interface ItemProposal {
  title: string;
  dueDate: string | null;
  cadence: Cadence | null;
  organizations: Array<{ organizationId: string; role: AssignmentRole }>;
}

/**
 * 领导批示 / 会议决定 typed by hand: the extractor reads the pasted text against the live
 * organization registry, and its findings over all the passages it saw become one task's fields
 * (the first lead it names leads; every other organization supports; the earliest deadline).
 */
@Injectable()
export class ItemProposalService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: ClockService,
  ) {}

  async propose(text: string, date: string | undefined): Promise<ItemProposal> {
    const organizations = await this.dataSource.getRepository(Organization).find();
    const registry: RegistryOrg[] = organizations.map((o) => ({
      name: o.name,
      kind: o.kind,
      aliases: o.shortName ? [...o.aliases, o.shortName] : o.aliases,
    }));
    const idByName = new Map(organizations.map((o) => [o.name, o.id]));
    const today = this.clock.today();
    const result = extract({ text, registry, date: date ?? today, today });
    const tasks = result.items.filter((i) => i.kind !== 'section');
    const names = [...new Set(tasks.flatMap((i) => i.orgs))].filter((n) => idByName.has(n));
    const lead = tasks.map((i) => i.lead).find((n): n is string => n !== null && idByName.has(n)) ?? names[0] ?? null;
    const dues = tasks
      .map((i) => i.due)
      .filter((d): d is string => d !== null)
      .sort();
    return {
      title: (result.title || tasks[0]?.title || titleFrom(text)).slice(0, 300),
      dueDate: dues[0] ?? null,
      cadence: tasks.map((i) => i.cadence).find((c): c is Cadence => c !== null) ?? null,
      organizations: names.map((name) => ({
        organizationId: idByName.get(name) as string,
        role: name === lead ? 'lead' : 'support',
      })),
    };
  }
}
