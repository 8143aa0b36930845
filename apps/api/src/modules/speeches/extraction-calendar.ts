import type { WorkingCalendar } from '@luoshi/common';
import type { EntityManager } from 'typeorm';

/**
 * Where the extractor's working-day calendar comes from (5个工作日内, 国庆节前). The admin-editable
 * calendar table provides one under WORKING_CALENDAR_SOURCE; until a provider is registered, the
 * extractor uses the published Chinese calendar (chinese-days).
 */
export interface WorkingCalendarSource {
  /** The calendar as stored now, read inside the extraction's transaction. */
  calendar(m: EntityManager): Promise<WorkingCalendar>;
}

export const WORKING_CALENDAR_SOURCE = Symbol('WORKING_CALENDAR_SOURCE');
