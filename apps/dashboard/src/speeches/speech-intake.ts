/** What the intake form collects: pasted text or a file, plus the speech's particulars. */
export interface SpeechIntake {
  title: string;
  date: string | null;
  speaker: string;
  meeting: string;
  text: string;
  file: File | null;
}

export type SpeechRequestBody = Record<string, unknown> | FormData;

/**
 * `POST /api/speeches`: JSON for pasted text, multipart (field `file`) for an upload. Empty
 * fields are left out, so the API falls back to the title it finds in the file.
 */
export function speechRequestBody(intake: SpeechIntake): SpeechRequestBody {
  const fields: Record<string, string> = {};
  if (intake.title.trim()) fields['title'] = intake.title.trim();
  if (intake.date) fields['date'] = intake.date;
  if (intake.speaker.trim()) fields['speaker'] = intake.speaker.trim();
  if (intake.meeting.trim()) fields['meeting'] = intake.meeting.trim();
  if (!intake.file) return { ...fields, text: intake.text };
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  form.append('file', intake.file, intake.file.name);
  return form;
}

export const MAX_SPEECH_FILE_BYTES = 5 * 1024 * 1024;

/** Why an upload was refused, by HTTP status: the key of the headline shown above the API's words. */
export type IntakeProblem = 'tooLarge' | 'unsupportedType' | 'unreadable' | 'invalid' | 'failed';

export function intakeProblemOf(error: unknown): { problem: IntakeProblem; message: string } {
  const status = error !== null && typeof error === 'object' && 'status' in error ? (error as { status: unknown }).status : undefined;
  const message = error instanceof Error ? error.message : '';
  const problem: IntakeProblem =
    status === 413 ? 'tooLarge' : status === 415 ? 'unsupportedType' : status === 422 ? 'unreadable' : status === 400 ? 'invalid' : 'failed';
  return { problem, message };
}
