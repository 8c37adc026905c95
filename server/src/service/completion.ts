import type { CompletionList, Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from './documents';
import type { ServiceEnv } from './languageService';

/** Completion applies to configuration files; a runtime dump is only read, never typed. */
export function completion(_doc: TextDocument, _analysis: Analysis, _position: Position, _env: ServiceEnv): CompletionList {
  return { isIncomplete: false, items: [] };
}
