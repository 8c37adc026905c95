// dist/engine.js: the language service and what the node host adds to it, loaded by dist/server.js after `initialize`.
export * from '../service/engine';
export { rcSettingsForUri } from './bondlintrc';
