import type { RegistryOrg } from '../lib/types/extraction.type';

/** A made-up county registry: a trade union, the labour bureau, the justice bureau and a tea centre. */
export const COUNTY_REGISTRY: RegistryOrg[] = [
  { name: '县委', kind: 'party_committee', aliases: ['区委'] },
  { name: '总工会', kind: 'mass_org', aliases: ['工会', '工会组织'] },
  { name: '妇联', kind: 'mass_org', aliases: ['妇女联合会'] },
  { name: '团委', kind: 'mass_org', aliases: ['团县委', '共青团'] },
  { name: '科协', kind: 'mass_org', aliases: ['科学技术协会'] },
  { name: '人力资源社会保障局', kind: 'government', aliases: ['人社局', '人社部门'] },
  { name: '司法局', kind: 'government', aliases: ['司法行政部门'] },
  { name: '财政局', kind: 'government', aliases: ['财政部门'] },
  { name: '文化旅游局', kind: 'government', aliases: ['文旅局', '文旅部门'] },
  { name: '农业农村局', kind: 'government', aliases: ['农业农村部门'] },
  { name: '茶产业发展中心', kind: 'government', aliases: ['茶业中心'] },
  { name: '市场监管局', kind: 'government', aliases: ['市场监督管理局'] },
  { name: '商务局', kind: 'government', aliases: [] },
  { name: '自然资源局', kind: 'government', aliases: ['自然资源部门'] },
  { name: '乡镇', kind: 'government', aliases: ['各乡镇'] },
];

/** A made-up city registry for party-building and flood-control meetings. */
export const CITY_PARTY_REGISTRY: RegistryOrg[] = [
  { name: '市委', kind: 'party_committee', aliases: [] },
  { name: '组织部', kind: 'party_dept', aliases: ['组织部门'] },
  { name: '宣传部', kind: 'party_dept', aliases: ['宣传部门'] },
  { name: '市直机关工委', kind: 'party_dept', aliases: ['机关工委'] },
  { name: '总工会', kind: 'mass_org', aliases: ['工会'] },
  { name: '妇联', kind: 'mass_org', aliases: [] },
  { name: '各级党组织', kind: 'other', aliases: [] },
  { name: '水利局', kind: 'government', aliases: ['水利部门'] },
  { name: '应急管理局', kind: 'government', aliases: ['应急局'] },
  { name: '县（市、区）党委', kind: 'other', aliases: ['县市区党委'] },
];
