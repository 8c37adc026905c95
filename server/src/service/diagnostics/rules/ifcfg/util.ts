export const t = (en: string, zh: string) => ({ en, zh });

export { yes } from '../../../../model/ifcfgModel';
