/** draft: ingested; extracted: draft items exist; published: items assigned. */
export const SPEECH_STATUSES = ['draft', 'extracted', 'published'] as const;
export type SpeechStatus = (typeof SPEECH_STATUSES)[number];
