export { extract } from './lib/extract';
export type {
  Cadence,
  ExtractedItem,
  ExtractionResult,
  ExtractOptions,
  ItemKind,
  OrgKind,
  RegistryOrg,
  UnresolvedOrg,
} from './lib/types/extraction.type';
