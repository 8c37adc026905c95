import { type RelatedDump, type RelatedIfcfg, dumpsOf as dumpsAround, siblingIfcfg } from '../../../workspaceFiles';
import type { IfcfgRuleContext } from '../../ifcfgContext';

export type { RelatedDump, RelatedIfcfg };

/** Computed once per file check: several rules ask, and a folder may hold thousands of files. */
const perCheck = new WeakMap<IfcfgRuleContext, RelatedIfcfg[]>();

/** The other ifcfg files of the folder this file is in. */
export function siblings(ctx: IfcfgRuleContext): RelatedIfcfg[] {
  let found = perCheck.get(ctx);
  if (!found) perCheck.set(ctx, (found = siblingIfcfg(ctx.workspace, ctx.uri)));
  return found;
}

/** Ports of `device` among the sibling files (files whose MASTER names it). */
export function portsOf(ctx: IfcfgRuleContext, device: string): RelatedIfcfg[] {
  return siblings(ctx).filter((s) => s.model.role === 'port' && s.model.master === device);
}

/** Dumps of the bond `device` in the workspace around this file. */
export function dumpsOf(ctx: IfcfgRuleContext, device: string): RelatedDump[] {
  return dumpsAround(ctx.workspace, ctx.uri, device);
}
