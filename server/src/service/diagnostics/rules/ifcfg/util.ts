export const t = (en: string, zh: string) => ({ en, zh });

export { no, yes } from '../../../../model/ifcfgModel';
