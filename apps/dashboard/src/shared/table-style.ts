/** Chinese headers must not break inside a word (责任单/位): each header keeps to one line. */
export const TABLE_HEADERS_ON_ONE_LINE = { '& .MuiTableCell-head': { whiteSpace: 'nowrap', wordBreak: 'keep-all' } } as const;
