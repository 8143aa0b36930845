import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { intakeProblemOf, speechRequestBody, type SpeechIntake } from '../speech-intake';

const base: SpeechIntake = { title: ' 冬季讲话 ', date: '2026-11-10', speaker: '', meeting: '全县冬季工作会', text: '同志们：', file: null };

describe('speechRequestBody', () => {
  it('sends pasted text as JSON without the empty fields', () => {
    expect(speechRequestBody(base)).toEqual({ title: '冬季讲话', date: '2026-11-10', meeting: '全县冬季工作会', text: '同志们：' });
  });

  it('sends a file as multipart with the file in the field `file`', () => {
    const file = new File(['同志们：'], '讲话.txt', { type: 'text/plain' });
    const body = speechRequestBody({ ...base, title: '', date: null, file });
    expect(body).toBeInstanceOf(FormData);
    const form = body as FormData;
    expect([...form.keys()]).toEqual(['meeting', 'file']);
    expect((form.get('file') as File).name).toBe('讲话.txt');
  });
});

describe('intakeProblemOf', () => {
  it('names the refusal by status and keeps the API’s message', () => {
    expect(intakeProblemOf(new HttpError('File too large', 413))).toEqual({ problem: 'tooLarge', message: 'File too large' });
    expect(intakeProblemOf(new HttpError('Only .txt and .docx', 415)).problem).toBe('unsupportedType');
    expect(intakeProblemOf(new HttpError('not UTF-8 or GB18030 text', 422))).toEqual({ problem: 'unreadable', message: 'not UTF-8 or GB18030 text' });
    expect(intakeProblemOf(new HttpError('date must be a date', 400)).problem).toBe('invalid');
    expect(intakeProblemOf(new TypeError('Failed to fetch')).problem).toBe('failed');
  });
});
