import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { Fragment, useEffect, useRef } from 'react';
import { useTranslate } from 'react-admin';
import { ItemEditor, type ItemEditorProps } from './ItemEditor';
import { ItemRow } from './ItemRow';
import type { TreeRow } from './item-tree';
import type { RegistryOrganization, ReviewItem } from './speech-review.types';
import type { ScrollRequest } from './SpeechText';

/** How many rows below `index` are its descendants (rows are in reading order with depths). */
function descendantsOf(rows: ItemTreeProps['rows'], index: number): number {
  const depth = rows[index]?.depth ?? 0;
  let n = 0;
  for (let k = index + 1; k < rows.length && (rows[k]?.depth ?? 0) > depth; k++) n++;
  return n;
}

export interface ItemTreeProps extends Pick<ItemEditorProps, 'onSave' | 'onSplit' | 'onDelete' | 'today'> {
  rows: ReadonlyArray<TreeRow<ReviewItem>>;
  selectedId: string | null;
  checked: ReadonlySet<string>;
  canEdit: boolean;
  busy: boolean;
  organizations: readonly RegistryOrganization[];
  organizationNames: ReadonlyMap<string, string>;
  scrollRequest: ScrollRequest | null;
  height: string;
  onSelect: (id: string) => void;
  onCheck: (id: string, checked: boolean) => void;
}

/** Sections with their directives and commitments, indented; the selected draft opens its editor. */
export function ItemTree({
  rows,
  selectedId,
  checked,
  canEdit,
  busy,
  organizations,
  organizationNames,
  scrollRequest,
  height,
  onSelect,
  onCheck,
  onSave,
  onSplit,
  onDelete,
  today,
}: ItemTreeProps) {
  const translate = useTranslate();
  const ref = useRef<HTMLDivElement>(null);

  // Brings the selected row and its editor into view: scrolls down just enough to show the
  // editor's end, but never past the row itself.
  useEffect(() => {
    const container = ref.current;
    const target = scrollRequest?.itemId ?? selectedId;
    if (!container || !target) return;
    const row = container.querySelector(`[data-row-id="${CSS.escape(target)}"]`);
    if (!row) return;
    const box = container.getBoundingClientRect();
    const top = row.getBoundingClientRect().top;
    const editor = row.nextElementSibling?.querySelector('[data-testid="item-editor"]');
    const bottom = (editor ?? row).getBoundingClientRect().bottom;
    if (top < box.top) container.scrollTo({ top: container.scrollTop + top - box.top - 8, behavior: 'smooth' });
    else if (bottom > box.bottom) container.scrollTo({ top: container.scrollTop + Math.min(top - box.top - 8, bottom - box.bottom + 8), behavior: 'smooth' });
  }, [scrollRequest, selectedId]);

  if (rows.length === 0) {
    return (
      <Typography sx={{ p: 2 }} color="text.secondary">
        {translate('luoshi.speechReview.noItems')}
      </Typography>
    );
  }
  return (
    <Box ref={ref} data-testid="item-tree" sx={{ height, overflowY: 'auto' }}>
      {rows.map(({ item, depth }, index) => {
        const editable = canEdit && item.status === 'draft';
        const selected = item.id === selectedId;
        return (
          <Fragment key={item.id}>
            <ItemRow
              item={item}
              depth={depth}
              selected={selected}
              checked={checked.has(item.id)}
              editable={editable}
              organizationNames={organizationNames}
              onSelect={onSelect}
              onCheck={onCheck}
            />
            {selected && editable && (
              <Box sx={{ pl: 1 + depth * 3, pr: 1, pb: 1 }}>
                <ItemEditor
                  key={`${item.id}:${item.version}`}
                  item={item}
                  organizations={organizations}
                  busy={busy}
                  onSave={onSave}
                  onSplit={onSplit}
                  onDelete={onDelete}
                  descendants={descendantsOf(rows, index)}
                  today={today}
                />
              </Box>
            )}
          </Fragment>
        );
      })}
    </Box>
  );
}
