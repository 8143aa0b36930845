import GridOnIcon from '@mui/icons-material/GridOn';
import { useListContext, useTranslate } from 'react-admin';
import { ledgerExportPath } from './drill-down';
import { ExportFileButton } from './ExportFileButton';

/** 导出台账: the Excel 督办台账 of exactly the rows the list filters to, in its order. */
export function LedgerExportButton() {
  const translate = useTranslate();
  const { filterValues, sort } = useListContext();
  return <ExportFileButton path={ledgerExportPath(filterValues, sort)} fileName={translate('luoshi.leaders.exports.ledgerFile')} label="luoshi.leaders.exports.ledger" icon={<GridOnIcon />} testId="list-export-ledger" />;
}
