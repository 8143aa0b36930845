import Chip, { type ChipProps } from '@mui/material/Chip';
import { useFieldValue, useTranslate } from 'react-admin';
import type { EnumGroup } from './choices';

export interface EnumChipProps {
  source: string;
  group: EnumGroup;
  /** Chip colour per enum value; values not listed get the default colour. */
  colors?: Record<string, ChipProps['color']>;
  variant?: ChipProps['variant'];
  label?: string;
  /** Shown when the value is empty (show pages); lists leave the cell blank. */
  emptyText?: string;
}

/** An enum value as a small translated chip. */
export function EnumChip({ source, group, colors = {}, variant = 'outlined', emptyText }: EnumChipProps) {
  const value: unknown = useFieldValue({ source });
  const translate = useTranslate();
  if (typeof value !== 'string' || !value) return emptyText ? <span>{emptyText}</span> : null;
  return <Chip size="small" variant={variant} color={colors[value] ?? 'default'} label={translate(`luoshi.enums.${group}.${value}`, { _: value })} />;
}
