import { describe, expect, it } from 'vitest';
import { withoutEmptyPassword } from '../user-form';

describe('withoutEmptyPassword', () => {
  it('drops an empty or missing password so the API keeps the current one', () => {
    expect(withoutEmptyPassword({ name: 'a', version: 2, password: '' })).toEqual({ name: 'a', version: 2 });
    expect(withoutEmptyPassword({ name: 'a', version: 2, password: null })).toEqual({ name: 'a', version: 2 });
    expect(withoutEmptyPassword({ name: 'a', version: 2 })).toEqual({ name: 'a', version: 2 });
  });

  it('keeps a new password', () => {
    expect(withoutEmptyPassword({ name: 'a', password: 'secret123' })).toEqual({ name: 'a', password: 'secret123' });
  });
});
