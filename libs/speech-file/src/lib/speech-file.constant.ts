/** Extensions that are documents we cannot read as text; rejected by name before any decoding. */
export const UNSUPPORTED_EXTENSIONS: readonly string[] = ['doc', 'wps', 'xls', 'xlsx', 'ppt', 'pptx', 'rtf', 'odt', 'zip', 'rar', '7z', 'png', 'jpg', 'jpeg', 'gif'];

export const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04] as const;
export const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46] as const; // %PDF
export const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0] as const; // legacy .doc/.xls

/** Share of control characters (other than tab/CR/LF) above which decoded text is binary garbage. */
export const MAX_CONTROL_RATIO = 0.01;
/** Share of U+FFFD replacement characters above which a GB18030 decode is not really Chinese text. */
export const MAX_REPLACEMENT_RATIO = 0.01;

/**
 * What a .docx may inflate to, all its parts together. A long speech's document.xml is a few MB
 * and its pictures are already compressed; a bomb is cut off here while it inflates.
 */
export const DOCX_LIMITS = { maxInflatedBytes: 40 * 1024 * 1024, maxEntries: 2000 } as const;
