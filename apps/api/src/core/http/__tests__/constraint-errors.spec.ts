import { formatErrorMessage } from '@luoshi/common';
import { describe, expect, it } from 'vitest';
import { foreignKeyViolation, uniqueViolation } from '../constraint-errors';

describe('constraint errors', () => {
  it('read the field and value of a unique key from PostgreSQL detail, in request field names', () => {
    expect(uniqueViolation('organizations_name_key', 'Key (name)=(县财政局) already exists.')).toEqual({
      code: 'record.duplicate',
      params: { field: 'name', value: '县财政局' },
    });
    expect(uniqueViolation('bulletins_period_from_period_to_key', 'Key (period_from, period_to)=(2026-11-01, 2026-12-01) already exists.')).toEqual({
      code: 'record.duplicate',
      params: { field: 'periodFrom, periodTo', value: '2026-11-01, 2026-12-01' },
    });
    // An expression index is named by the field it stands for; a value may hold ")=(".
    expect(uniqueViolation('users_username_key', 'Key (lower(username::text))=(a)=(b) already exists.').params).toEqual({ field: 'username', value: 'a)=(b' });
    expect(uniqueViolation('some_expression_key', 'Key (lower(x::text))=(v) already exists.').params).toEqual({ field: 'record', value: 'v' });
    expect(uniqueViolation(undefined, undefined)).toEqual({ code: 'record.duplicate', params: { field: 'record', value: '' } });
  });

  it('answer the code of its own for keys a service checks first', () => {
    expect(uniqueViolation('scoring_schemes_name_key', 'Key (name)=(2027年方案) already exists.')).toEqual({ code: 'scoring.scheme_name_taken', params: { name: '2027年方案' } });
    expect(uniqueViolation('calendar_days_date_key', 'Key (date)=(2027-10-01) already exists.')).toEqual({ code: 'reminders.calendar_day_exists', params: { date: '2027-10-01' } });
  });

  it('name the record that still refers to a deleted one, or the field whose record is gone', () => {
    const referenced = foreignKeyViolation('Key (id)=(4f1c0e9e-0000-4000-8000-000000000000) is still referenced from table "progress_reports".');
    expect(referenced).toEqual({ status: 409, code: 'record.still_referenced', params: { resource: 'report' } });
    expect(formatErrorMessage(referenced.code, referenced.params, 'zh')).toBe('该记录仍被进展报告引用，无法删除。');
    expect(foreignKeyViolation('Key (id)=(x) is still referenced from table "something_new".').params).toEqual({ resource: 'record' });
    expect(foreignKeyViolation('Key (organization_id)=(4f1c0e9e-0000-4000-8000-000000000000) is not present in table "organizations".')).toEqual({
      status: 400,
      code: 'validation.field_invalid',
      params: { field: 'organizationId', reason: 'noSuchRecord' },
    });
  });
});
