export { t } from '../../../../knowledge/text';

export { no, yes } from '../../../../model/ifcfgModel';
