import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One index per offered sort of the big lists, in the order findPage asks for: the column
 * `ASC NULLS FIRST` then id `ASC`, which a backward scan also serves for `DESC NULLS LAST, id DESC`.
 * The single-column indexes they replace go (each write would otherwise update both); filters
 * without a sort of their own (author, entity, address) get plain ones. The overdue / open lists
 * and their counts read a partial index over the open states only.
 */
export class ListIndexes1764500000000 implements MigrationInterface {
  name = 'ListIndexes1764500000000';

  async up(q: QueryRunner): Promise<void> {
    // A big table takes a while to index; the API's statement_timeout does not apply here.
    await q.query(`SET LOCAL statement_timeout = 0`);
    await q.query(`
      DROP INDEX assignments_due_date_idx, assignments_state_idx, assignments_organization_id_idx, assignments_handler_idx;
      CREATE INDEX assignments_due_date_sort_idx ON assignments (due_date ASC NULLS FIRST, id);
      CREATE INDEX assignments_state_sort_idx ON assignments (state ASC NULLS FIRST, id);
      CREATE INDEX assignments_percent_sort_idx ON assignments (percent ASC NULLS FIRST, id);
      CREATE INDEX assignments_created_at_sort_idx ON assignments (created_at ASC NULLS FIRST, id);
      CREATE INDEX assignments_updated_at_sort_idx ON assignments (updated_at ASC NULLS FIRST, id);
      CREATE INDEX assignments_organization_sort_idx ON assignments (organization_id ASC NULLS FIRST, id);
      CREATE INDEX assignments_handler_sort_idx ON assignments (handler_id ASC NULLS FIRST, id);
      CREATE INDEX assignments_open_due_idx ON assignments (due_date ASC NULLS FIRST, id)
        WHERE state IN ('assigned', 'signed', 'in_progress', 'completion_requested');

      DROP INDEX progress_reports_assignment_id_idx;
      CREATE INDEX progress_reports_assignment_sort_idx ON progress_reports (assignment_id, created_at ASC NULLS FIRST, id);
      CREATE INDEX progress_reports_created_at_sort_idx ON progress_reports (created_at ASC NULLS FIRST, id);
      CREATE INDEX progress_reports_percent_sort_idx ON progress_reports (percent ASC NULLS FIRST, id);
      CREATE INDEX progress_reports_author_idx ON progress_reports (author_id);

      DROP INDEX audit_events_created_at_idx, audit_events_action_idx;
      CREATE INDEX audit_events_created_at_sort_idx ON audit_events (created_at ASC NULLS FIRST, id);
      CREATE INDEX audit_events_action_sort_idx ON audit_events (action ASC NULLS FIRST, id);
      CREATE INDEX audit_events_entity_type_sort_idx ON audit_events (entity_type ASC NULLS FIRST, id);
      CREATE INDEX audit_events_entity_id_idx ON audit_events (entity_id);
      CREATE INDEX audit_events_ip_idx ON audit_events (ip);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX audit_events_ip_idx, audit_events_entity_id_idx, audit_events_entity_type_sort_idx, audit_events_action_sort_idx, audit_events_created_at_sort_idx;
      CREATE INDEX audit_events_action_idx ON audit_events (action);
      CREATE INDEX audit_events_created_at_idx ON audit_events (created_at DESC);
      DROP INDEX progress_reports_author_idx, progress_reports_percent_sort_idx, progress_reports_created_at_sort_idx, progress_reports_assignment_sort_idx;
      CREATE INDEX progress_reports_assignment_id_idx ON progress_reports (assignment_id, created_at);
      DROP INDEX assignments_open_due_idx, assignments_handler_sort_idx, assignments_organization_sort_idx, assignments_updated_at_sort_idx,
        assignments_created_at_sort_idx, assignments_percent_sort_idx, assignments_state_sort_idx, assignments_due_date_sort_idx;
      CREATE INDEX assignments_handler_idx ON assignments (handler_id) WHERE handler_id IS NOT NULL;
      CREATE INDEX assignments_organization_id_idx ON assignments (organization_id);
      CREATE INDEX assignments_state_idx ON assignments (state);
      CREATE INDEX assignments_due_date_idx ON assignments (due_date);
    `);
  }
}
