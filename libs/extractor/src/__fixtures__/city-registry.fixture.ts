import type { RegistryOrg } from '../lib/types/extraction.type';

/** A made-up city registry, unlike the corpus one: government bureaus and a different party body. */
export const CITY_REGISTRY: RegistryOrg[] = [
  { name: '市委', kind: 'party_committee', aliases: ['区委', '县委', '党委'] },
  { name: '应急管理局', kind: 'government', aliases: ['应急局', '应急管理部门'] },
  { name: '住房城乡建设局', kind: 'government', aliases: ['住建局', '住建部门'] },
  { name: '市场监管局', kind: 'government', aliases: ['市场监督管理局', '市场监管部门'] },
  { name: '公安局', kind: 'government', aliases: ['公安机关'] },
  { name: '教育局', kind: 'government', aliases: ['教育部门'] },
  { name: '卫生健康委', kind: 'government', aliases: ['卫健委', '卫健部门'] },
  { name: '宣传部', kind: 'party_dept', aliases: ['宣传部门'] },
  { name: '督查室', kind: 'party_dept', aliases: ['市委督查室', '督查部门'] },
  { name: '街道', kind: 'government', aliases: ['各街道', '街道办事处'] },
  { name: '青联', kind: 'mass_org', aliases: ['青年联合会'] },
  { name: '残联', kind: 'mass_org', aliases: ['残疾人联合会'] },
];
