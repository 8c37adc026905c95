import { type IfcfgFolder, type RelatedDump, type RelatedIfcfg, dumpsOf as dumpsAround, ifcfgFolder } from '../../../workspaceFiles';
import type { IfcfgRuleContext } from '../../ifcfgContext';

export type { RelatedDump, RelatedIfcfg };

/**
 * Found once per file check: several rules ask, and a workspace that reads the disk answers a new list of the folder
 * each time it is asked.
 */
const perCheck = new WeakMap<IfcfgRuleContext, IfcfgFolder>();

/** The ifcfg files of the folder the checked file is in, indexed: a folder may hold thousands of files. */
export function folder(ctx: IfcfgRuleContext): IfcfgFolder {
  let found = perCheck.get(ctx);
  if (!found) perCheck.set(ctx, (found = ifcfgFolder(ctx.workspace, ctx.uri)));
  return found;
}

/** Whether the folder shows any other ifcfg file: without one, nothing can be said of the files around. */
export function hasSiblings(ctx: IfcfgRuleContext): boolean {
  return folder(ctx).hasOthers(ctx.uri);
}

/** Ports of `device` among the sibling files (files whose MASTER names it). */
export function portsOf(ctx: IfcfgRuleContext, device: string): RelatedIfcfg[] {
  return folder(ctx).ports(device, ctx.uri);
}

/** Dumps of the bond `device` in the workspace around this file. */
export function dumpsOf(ctx: IfcfgRuleContext, device: string): RelatedDump[] {
  return dumpsAround(ctx.workspace, ctx.uri, device);
}
