/** Words that name a group of organizations as a speech writes them (COLLECTIVE_TERMS adds their scoped forms). */
const COLLECTIVE_WORDS: ReadonlyArray<readonly [string, 'mass' | 'all']> = [
  ['各群团组织', 'mass'],
  ['各个群团组织', 'mass'],
  ['群团组织', 'mass'],
  ['群团工作', 'mass'],
  ['群团部门', 'mass'],
  ['群团干部', 'mass'],
  ['工青妇', 'mass'],
  ['人民团体', 'mass'],
  ['各人民团体', 'mass'],
  ['党群部门', 'all'],
  ['各党群部门', 'all'],
  ['各单位', 'all'],
  ['各部门', 'all'],
  ['各有关单位', 'all'],
  ['各责任单位', 'all'],
  ['各相关单位', 'all'],
  ['各相关部门', 'all'],
  ['相关单位', 'all'],
  ['相关部门', 'all'],
  ['各有关部门', 'all'],
  ['有关部门', 'all'],
  ['有关单位', 'all'],
  ['各级各部门', 'all'],
  ['各地各部门', 'all'],
  ['大家', 'all'],
  ['你们', 'all'],
];

/** The level's own departments (县直各部门, 市直有关单位, 各县直部门): the whole audience, like 各部门. */
const DIRECT_SCOPES: readonly string[] = ['县直', '市直', '区直', '省直', '州直', '旗直'];
const DIRECT_UNITS: readonly string[] = ['部门', '单位'];

/**
 * Words that name a group of organizations rather than one. They resolve against the audience:
 * `mass` means the audience's mass organizations (群团), `all` the whole audience.
 */
export const COLLECTIVE_TERMS: ReadonlyArray<readonly [string, 'mass' | 'all']> = [
  ...COLLECTIVE_WORDS,
  ...DIRECT_SCOPES.flatMap((scope) => [
    ...COLLECTIVE_WORDS.filter(([w, c]) => c === 'all' && /^(?:各|有关|相关)/u.test(w)).map(([w]) => [`${scope}${w}`, 'all'] as const),
    ...DIRECT_UNITS.flatMap((unit) => [[`${scope}${unit}`, 'all'] as const, [`各${scope}${unit}`, 'all'] as const]),
  ]),
];

/** The speaker's own body when it speaks of itself (a bureau's 表态发言: 我局将…, 我委将…). */
export const SELF_TERMS: readonly string[] = ['我们', '咱们', '我局', '我委', '我办'];

/** Administrative prefixes a registry name may carry in running text (市妇联, 区总工会). */
export const ADMIN_PREFIXES = new Set(['市', '区', '县', '省', '州', '旗']);

/** Multi-character prefixes that still leave a name at a word boundary (我市工会, 全县各乡镇). */
export const SCOPE_PREFIXES: readonly string[] = ['我市', '我区', '我县', '我省', '全市', '全区', '全县', '全省', '本市', '本区', '本县'];

/**
 * Words that may precede an organization name without making it part of a longer name.
 * Single characters are prepositions and conjunctions; longer ones are discourse connectors.
 */
/**
 * Words that open a clause before its subject (因此县财政局要…, 当前县教育局要…, 首先县委办要…):
 * discourse links and time words. A name right after one starts there and acts.
 */
export const CLAUSE_ADVERBS: readonly string[] = [
  '因此', '为此', '对此', '所以', '然后', '随后', '接着', '总之', '当然', '首先', '其次', '再次', '最后', '另一方面',
  '当前', '目前', '现在', '眼下', '近年来', '现阶段', '下阶段', '接下来',
];

/** Openers of a list of examples (比如县财政局要…): the name after one opens a clause and acts. */
export const EXAMPLE_OPENERS: readonly string[] = ['比如', '例如', '譬如', '比方说'];

/** Years before a subject (今年县财政局要…): a title leaves them to its time phrase. */
export const CLAUSE_YEARS: readonly string[] = ['今年', '明年', '年内'];

export const LEFT_CONNECTORS: readonly string[] = [
  ...CLAUSE_ADVERBS,
  ...CLAUSE_YEARS,
  ...EXAMPLE_OPENERS,
  '希望', '要求', '同时', '并且', '其中', '特别是', '尤其是', '下一步', '今后', '以及', '或者', '会同',
  '联合', '督促', '推动', '支持', '还有', '另外', '此外', '最近', '近期',
  '听取', '代表', '由', '了', '有', '把', '和', '与', '及', '同', '对', '请', '让', '以', '向', '给', '为', '经', '至', '从', '被', '使', '跟', '并', '各', '或', '帮', '助', '等', '是',
];

/** Connectors after which a name still opens a clause, so the organization is the one that acts. */
export const ACTOR_OPENERS: readonly string[] = [
  ...CLAUSE_ADVERBS,
  ...CLAUSE_YEARS,
  ...EXAMPLE_OPENERS,
  '希望', '同时', '并且', '其中', '特别是', '尤其是', '下一步', '今后', '另外', '此外', '还有', '由', '请', '并', '让', '要求', '各', '我市', '我区', '我县', '全市', '全区', '全县',
];

/**
 * Endings that continue a name into a longer organization name (县委 + 常委会, 县委 + 办公室):
 * a registry alias followed by one of them is not that organization.
 */
export const LONGER_NAME_SUFFIXES: readonly string[] = ['常委会', '常委', '办公室', '委员会', '中心', '部', '局', '厅', '室', '处', '院'];

/**
 * Posts that stand for the body they head (局长要亲自抓, 党委书记要…, 主要负责同志要…): after a
 * name they belong to the mention, so that the body acts. Longest first.
 */
export const PERSON_TITLES: readonly string[] = [
  '主要负责同志', '主要负责人', '主要领导同志', '负责同志', '负责人', '主要领导', '分管领导', '党组书记', '党委书记', '党工委书记',
  '副书记', '书记', '常务副局长', '副局长', '局长', '副主任', '主任', '副部长', '部长', '副主席', '主席', '副县长', '县长', '副市长',
  '市长', '副区长', '区长', '一把手', '班子成员', '领导班子',
];

/**
 * Organs of a body that act for it (各乡镇党委、政府要…, 县财政局党组要…): after a name they belong to the
 * mention, like a post. Longest first.
 */
export const BODY_ORGANS: readonly string[] = ['党委、政府', '党委和政府', '党委政府', '党工委', '党委', '党组', '政府'];
