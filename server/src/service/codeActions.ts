import type { CodeAction, CodeActionContext, Range, TextEdit } from 'vscode-languageserver-types';
import { CodeActionKind } from './lspConstants';
import type { TextDocument } from '../textDocument';
import type { Lang } from '../knowledge/text';
import { disableActions } from './disableActions';
import type { ProcBond } from '../syntax/procBonding';

interface FixData {
  readonly title: string;
  readonly edits: TextEdit[];
  readonly preferred: boolean;
}

function fixesOf(data: unknown): FixData[] {
  const fixes = (data as { fixes?: unknown } | undefined)?.fixes;
  return Array.isArray(fixes) ? (fixes as FixData[]) : [];
}

/**
 * Quick fixes travel with their diagnostic (computed once, in the user's language), so offering them is a
 * lookup: every fix becomes one code action whose edit touches only the text the finding is about. The actions that
 * silence the finding with a comment come after its fixes, unless `bonding.codeActions.disableComment` is off; `dumps`
 * answers the document's dumps, which tell where such a comment can stand.
 */
export function codeActions(doc: TextDocument, _range: Range, context: CodeActionContext, lang: Lang, disableComment: boolean, dumps: () => readonly ProcBond[]): CodeAction[] {
  const actions: CodeAction[] = [];
  const disable = disableComment ? disableActions(doc, lang, dumps) : () => [];
  for (const diagnostic of context.diagnostics) {
    for (const fix of fixesOf(diagnostic.data)) {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: fix.preferred || undefined,
        edit: { changes: { [doc.uri]: fix.edits } },
      });
    }
    actions.push(...disable(diagnostic));
  }
  return actions;
}
