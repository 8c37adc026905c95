/**
 * Everything the LSP layer calls in the language service. The node host loads it from a file of its own once
 * `initialize` is answered, so that the editor does not wait while this, the larger part of the server, is
 * compiled; the browser host bundles it with the rest.
 */
export { createLanguageService } from './languageService';
export { annotatedMarkdown, annotateRefusal, annotationEdits, annotationNotApplied, linesToAnnotate } from './annotateCommand';
export { warmUp } from './warmUp';
export { runSliced } from '../steps';
