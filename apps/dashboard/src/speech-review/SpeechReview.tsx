import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import CallMergeIcon from '@mui/icons-material/CallMerge';
import ListAltIcon from '@mui/icons-material/ListAlt';
import RefreshIcon from '@mui/icons-material/Refresh';
import SendIcon from '@mui/icons-material/Send';
import UndoIcon from '@mui/icons-material/Undo';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { calendarDate } from '@luoshi/common';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Button, Confirm, LinkBase, Loading, Title, useCanAccess, useDataProvider, useGetList, useGetOne, useParams, useTranslate } from 'react-admin';
import type { LuoshiDataProvider } from '../data/dataProvider';
import { ItemTree } from './ItemTree';
import { treeRows } from './item-tree';
import { PublishDialog } from './PublishDialog';
import type { RegistryOrganization, ReviewItem, ReviewSpeech, UnresolvedMention } from './speech-review.types';
import { SpeechText, type ScrollRequest } from './SpeechText';
import { itemAtOffset, segmentText, spansOf } from './text-segments';
import { UnresolvedMentions } from './UnresolvedMentions';
import { useReviewActions } from './useReviewActions';
import { SpeechLegend } from './SpeechLegend';

const PANE_HEIGHT = 'max(420px, calc(100vh - 250px))';
const NO_ITEMS: ReviewItem[] = [];
const NO_ORGANIZATIONS: RegistryOrganization[] = [];

/** The assignments list filtered to one speech: where publishing leads. */
export function speechAssignmentsPath(speechId: string): string {
  return `/assignments?filter=${encodeURIComponent(JSON.stringify({ speechId }))}`;
}

/**
 * 讲话审核: the speech with every item's span highlighted beside the item tree. Selecting on either
 * side selects on the other; draft items are edited, merged, split or deleted in place, then the
 * whole speech is published (立项 + 交办).
 */
export function SpeechReview() {
  const { id = '' } = useParams<{ id: string }>();
  const translate = useTranslate();
  const { canAccess: canEdit = false } = useCanAccess({ resource: 'speeches', action: 'edit' });
  const { data: speech, isPending: speechPending, error: speechError, refetch: refetchSpeech } = useGetOne<ReviewSpeech>('speeches', { id }, { enabled: id !== '' });
  const {
    data: items = NO_ITEMS,
    isPending: itemsPending,
    refetch: refetchItems,
  } = useGetList<ReviewItem>('items', {
    filter: { speechId: id },
    sort: { field: 'position', order: 'ASC' },
    pagination: { page: 1, perPage: 1000 },
  });
  const { data: organizations = NO_ORGANIZATIONS } = useGetList<RegistryOrganization>('organizations', {
    sort: { field: 'name', order: 'ASC' },
    pagination: { page: 1, perPage: 1000 },
  });

  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [textScroll, setTextScroll] = useState<ScrollRequest | null>(null);
  const [treeScroll, setTreeScroll] = useState<ScrollRequest | null>(null);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [confirmReextract, setConfirmReextract] = useState(false);
  const [publishOpen, setPublishOpen] = useState(false);

  const rawText = speech?.rawText ?? '';
  const mentions = speech?.unresolvedOrgs;
  const spans = useMemo(() => spansOf(items, rawText.length), [items, rawText.length]);
  const segments = useMemo(() => segmentText(rawText.length, spans, mentions ?? []), [rawText.length, spans, mentions]);
  const rows = useMemo(() => treeRows(items), [items]);
  const organizationNames = useMemo(() => new Map(organizations.map((o) => [o.id, o.name])), [organizations]);
  const selectedKind = items.find((i) => i.id === selectedId)?.kind ?? null;
  const drafts = items.filter((i) => i.status === 'draft').length;
  const counts = {
    sections: items.filter((i) => i.kind === 'section').length,
    directives: items.filter((i) => i.kind === 'directive').length,
    commitments: items.filter((i) => i.kind === 'commitment').length,
  };

  /** Selects an item; the side the user did not click scrolls to it. */
  const select = useCallback((itemId: string | null, from?: 'text' | 'tree') => {
    setSelectedId(itemId);
    if (!itemId) return;
    const key = Date.now();
    if (from !== 'text') setTextScroll({ key, itemId });
    if (from !== 'tree') setTreeScroll({ key, itemId });
  }, []);
  const selectFromTree = useCallback((itemId: string) => select(itemId, 'tree'), [select]);
  const selectFromText = useCallback((offset: number) => {
    const itemId = itemAtOffset(spans, offset);
    if (itemId) select(itemId, 'text');
  }, [spans, select]);
  const check = useCallback((itemId: string, on: boolean) => {
    setChecked((current) => {
      const next = new Set(current);
      if (on) next.add(itemId);
      else next.delete(itemId);
      return next;
    });
  }, []);
  const locateMention = useCallback((m: UnresolvedMention) => setTextScroll({ key: Date.now(), offset: m.start }), []);

  const reload = useCallback(
    async (withSpeech = false) => {
      await Promise.all([refetchItems(), withSpeech ? refetchSpeech() : Promise.resolve()]);
    },
    [refetchItems, refetchSpeech],
  );
  const actions = useReviewActions(id, { reload, select });

  // 撤销: how many review steps can still be undone, re-read whenever the items change.
  const dataProvider = useDataProvider<LuoshiDataProvider>();
  const [undoSteps, setUndoSteps] = useState<Array<{ action: 'edit' | 'delete' | 'merge' | 'split'; title: string }>>([]);
  useEffect(() => {
    if (!canEdit || !id) return;
    let live = true;
    dataProvider
      .request<Array<{ action: 'edit' | 'delete' | 'merge' | 'split'; title: string }>>('GET', `/items/review-steps?speechId=${encodeURIComponent(id)}`)
      .then((steps) => live && setUndoSteps(steps))
      .catch(() => live && setUndoSteps([]));
    return () => {
      live = false;
    };
  }, [canEdit, id, items, dataProvider]);
  const today = calendarDate(new Date());

  if (speechPending) return <Loading />;
  if (speechError || !speech) {
    return <Alert severity="error">{speechError instanceof Error ? speechError.message : translate('ra.page.not_found')}</Alert>;
  }

  const published = speech.status === 'published';
  const mayPublish = canEdit && drafts > 0;
  const meta = [speech.date, speech.speaker, speech.meeting].filter(Boolean).join(' · ');

  return (
    <Box sx={{ mt: 1, mb: 2 }} data-testid="speech-review">
      <Title title="luoshi.speechReview.title" />
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 2, mb: 1.5, flexWrap: 'wrap' }}>
        <Box sx={{ flex: 1, minWidth: 280 }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
            <Typography variant="h6" component="h1">
              {speech.title}
            </Typography>
            <Chip size="small" variant="outlined" color={published ? 'success' : 'default'} label={translate(`luoshi.enums.speechStatus.${speech.status}`)} />
          </Box>
          <Typography variant="body2" color="text.secondary">
            {meta && `${meta} · `}
            {translate('luoshi.speechReview.counts', counts)}
          </Typography>
        </Box>
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          <Button component={LinkBase} to={`/speeches/${id}/show`} label="luoshi.speechReview.backToSpeech">
            <ArrowBackIcon />
          </Button>
          {canEdit && !published && (
            <Button label="luoshi.speechReview.reextract" onClick={() => setConfirmReextract(true)} disabled={actions.busy}>
              <RefreshIcon />
            </Button>
          )}
          {canEdit && !published && (
            <Button
              label="luoshi.undo.action"
              onClick={() => void actions.undo()}
              disabled={actions.busy || undoSteps.length === 0}
              title={
                undoSteps[0]
                  ? translate('luoshi.undo.tooltip', { action: translate(`luoshi.undo.kinds.${undoSteps[0].action}`), title: undoSteps[0].title })
                  : translate('luoshi.undo.nothing')
              }
              data-testid="undo"
            >
              <UndoIcon />
            </Button>
          )}
          {mayPublish && (
            <Button variant="contained" label="luoshi.speechReview.publish" onClick={() => setPublishOpen(true)} disabled={actions.busy}>
              <SendIcon />
            </Button>
          )}
        </Box>
      </Box>

      {published && (
        <Alert
          severity="success"
          sx={{ mb: 1.5 }}
          data-testid="published-banner"
          action={
            <Button component={LinkBase} to={speechAssignmentsPath(id)} label="luoshi.speechReview.viewAssignments">
              <ListAltIcon />
            </Button>
          }
        >
          {translate(drafts > 0 ? 'luoshi.speechReview.publishedWithDrafts' : 'luoshi.speechReview.publishedBanner', { smart_count: drafts })}
        </Alert>
      )}
      {actions.busy && <LinearProgress sx={{ mb: 0.5 }} />}

      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 7fr) minmax(0, 5fr)' }, gap: 2 }}>
        <Card variant="outlined">
          <SpeechLegend title={translate('luoshi.speechReview.text')} hasMentions={(mentions?.length ?? 0) > 0} />
          <SpeechText
            text={rawText}
            segments={segments}
            selectedId={selectedId}
            selectedKind={selectedKind}
            scrollRequest={textScroll}
            onSelectOffset={selectFromText}
            height={PANE_HEIGHT}
          />
        </Card>
        <Card variant="outlined">
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 1.5, py: 1, borderBottom: 1, borderColor: 'divider' }}>
            <Typography variant="subtitle1" sx={{ flex: 1 }}>
              {translate('luoshi.speechReview.items', { smart_count: items.length })}
            </Typography>
            {canEdit && drafts > 0 && (
              <Button
                label="luoshi.speechReview.merge"
                disabled={checked.size < 2 || actions.busy}
                onClick={async () => {
                  if (await actions.merge([...checked])) setChecked(new Set());
                }}
              >
                <CallMergeIcon />
              </Button>
            )}
          </Box>
          {canEdit && drafts > 0 && (
            <Typography variant="caption" color="text.secondary" component="p" sx={{ px: 1.5, pt: 0.5 }}>
              {checked.size > 0 ? translate('luoshi.speechReview.checked', { smart_count: checked.size }) : translate('luoshi.speechReview.mergeHelp')}
            </Typography>
          )}
          <UnresolvedMentions mentions={mentions ?? []} editable={canEdit && !published} onLocate={locateMention} onReextract={() => setConfirmReextract(true)} />
          {itemsPending ? (
            <LinearProgress />
          ) : (
            <ItemTree
              rows={rows}
              selectedId={selectedId}
              checked={checked}
              canEdit={canEdit}
              busy={actions.busy}
              organizations={organizations}
              organizationNames={organizationNames}
              scrollRequest={treeScroll}
              height={PANE_HEIGHT}
              onSelect={selectFromTree}
              onCheck={check}
              onSave={actions.save}
              onSplit={actions.split}
              onDelete={actions.remove}
              today={today}
            />
          )}
        </Card>
      </Box>

      <Confirm
        isOpen={confirmReextract}
        title="luoshi.speechReview.reextractTitle"
        content="luoshi.speechReview.reextractConfirm"
        confirmColor="warning"
        onConfirm={() => {
          setConfirmReextract(false);
          setChecked(new Set());
          void actions.reextract();
        }}
        onClose={() => setConfirmReextract(false)}
      />
      <PublishDialog
        open={publishOpen}
        speechId={id}
        onClose={() => setPublishOpen(false)}
        onConfirm={() => actions.publish(speech.version)}
        onShowItem={(itemId) => {
          setPublishOpen(false);
          select(itemId);
        }}
      />
    </Box>
  );
}
