// dist/engine.js: the language service and what the node host adds to it, loaded by dist/server.js after `initialize`.
// The half of the service that reads configuration files is dist/engine-config.js (see configHalf.ts).
export * from '../service/engine';
export { rcSettingsForUri } from './bondlintrc';
export { loadConfigFilesWith } from './configHalf';
