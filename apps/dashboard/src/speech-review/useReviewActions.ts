import { useCallback, useState } from 'react';
import { HttpError, useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { LuoshiDataProvider } from '../data/dataProvider';
import type { ItemChanges } from './ItemEditor';
import type { ExtractionSummary, ReviewItem } from './speech-review.types';

export interface ReviewActionHandlers {
  /** Reloads the items (and the speech when `speech` is true) after a change or a conflict. */
  reload: (speech?: boolean) => Promise<void>;
  /** Selects an item after a change (the merged one, the first half of a split). */
  select: (id: string | null) => void;
}

/**
 * The review screen's writes. Each says when it worked, shows the API's message when it did not,
 * and reloads: a 409 means someone else changed the item (or it was published) since it was read.
 */
export function useReviewActions(speechId: string, { reload, select }: ReviewActionHandlers) {
  const dataProvider = useDataProvider<LuoshiDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async (work: () => Promise<void>, reloadSpeech = false): Promise<boolean> => {
      setBusy(true);
      try {
        await work();
        return true;
      } catch (error) {
        if (error instanceof HttpError && error.status === 409) {
          notify('luoshi.speechReview.conflict', { type: 'warning', messageArgs: { message: error.message } });
        } else {
          const message = error instanceof Error && error.message ? error.message : 'ra.notification.http_error';
          notify(message, { type: 'error', messageArgs: { _: message } });
        }
        return false;
      } finally {
        await reload(reloadSpeech);
        setBusy(false);
      }
    },
    [notify, reload],
  );

  const save = useCallback(
    (item: ReviewItem, changes: ItemChanges) =>
      void run(async () => {
        await dataProvider.update<ReviewItem>('items', { id: item.id, data: { ...item, ...changes }, previousData: item });
        notify('luoshi.speechReview.saved', { type: 'success' });
      }),
    [dataProvider, notify, run],
  );

  const split = useCallback(
    (item: ReviewItem, at: number) =>
      void run(async () => {
        const [first] = await dataProvider.request<[ReviewItem, ReviewItem]>('POST', `/items/${encodeURIComponent(item.id)}/split`, { at });
        notify('luoshi.speechReview.splitDone', { type: 'success' });
        select(first.id);
      }),
    [dataProvider, notify, run, select],
  );

  const remove = useCallback(
    (item: ReviewItem, keepChildren: boolean) =>
      void run(async () => {
        await dataProvider.request('DELETE', `/items/${encodeURIComponent(item.id)}?keepChildren=${keepChildren ? 'true' : 'false'}`);
        notify('luoshi.speechReview.deleted', { type: 'success' });
        select(null);
      }),
    [dataProvider, notify, run, select],
  );

  /** 撤销: the speech's latest edit, delete, merge or split. */
  const undo = useCallback(
    () =>
      run(async () => {
        const step = await dataProvider.request<{ action: 'edit' | 'delete' | 'merge' | 'split'; title: string }>('POST', '/items/undo', { speechId });
        notify('luoshi.undo.done', { type: 'success', messageArgs: { action: translate(`luoshi.undo.kinds.${step.action}`), title: step.title } });
        select(null);
      }),
    [dataProvider, notify, run, select, speechId, translate],
  );

  const merge = useCallback(
    (ids: readonly string[]) =>
      run(async () => {
        const merged = await dataProvider.request<ReviewItem>('POST', '/items/merge', { ids: [...ids] });
        notify('luoshi.speechReview.merged', { type: 'success', messageArgs: { smart_count: ids.length } });
        select(merged.id);
      }),
    [dataProvider, notify, run, select],
  );

  const reextract = useCallback(
    () =>
      run(async () => {
        const summary = await dataProvider.act<ExtractionSummary>('speeches', speechId, 'extract');
        notify('luoshi.speechReview.reextracted', { type: 'success', messageArgs: { ...summary } });
        select(null);
      }, true),
    [dataProvider, notify, run, select, speechId],
  );

  const publish = useCallback(
    (version: number) =>
      run(async () => {
        const result = await dataProvider.request<{ items: number; assignments: number }>('POST', `/speeches/${encodeURIComponent(speechId)}/publish`, { version });
        notify('luoshi.speechReview.published', { type: 'success', messageArgs: { ...result } });
      }, true),
    [dataProvider, notify, run, speechId],
  );

  return { busy, save, split, remove, merge, reextract, publish, undo };
}
