/** Turns clean paragraphs into a messy transcript, deterministically (no randomness in tests). */
export interface NoiseOptions {
  teaser?: boolean;
  bom?: boolean;
  crlf?: boolean;
  /** hard-wrap body paragraphs at this many characters */
  wrapAt?: number;
  halfWidth?: boolean;
  /** insert a space after every n-th Chinese character */
  spaceEvery?: number;
}

export function addNoise(paragraphs: readonly string[], o: NoiseOptions): string {
  const body = paragraphs.map((p, k) => {
    let s = p;
    if (o.halfWidth) s = s.replace(/，/gu, ',').replace(/。/gu, '.').replace(/：/gu, ':').replace(/；/gu, ';');
    if (o.spaceEvery && k > 1) {
      let n = 0;
      s = [...s].map((ch) => (/[\u4e00-\u9fff]/u.test(ch) && ++n % (o.spaceEvery as number) === 0 ? `${ch} ` : ch)).join('');
    }
    if (o.wrapAt && s.length > o.wrapAt && k > 1) {
      const lines: string[] = [];
      for (let i = 0; i < s.length; i += o.wrapAt) lines.push(s.slice(i, i + o.wrapAt));
      s = lines.join('\n');
    }
    return s;
  });
  let text = body.join('\n\n');
  if (o.teaser) text = `${(paragraphs[0] ?? '') + (paragraphs[2] ?? '').slice(0, 30)}...\n${text}`;
  if (o.crlf) text = text.replace(/\n/gu, '\r\n');
  if (o.bom) text = `\uFEFF${text}`;
  return text;
}
