import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from '../server/connection';
import { rcSettingsForUri } from './bondlintrc';
import { DiskWorkspace } from './diskWorkspace';

// `--stdio`, `--node-ipc` and `--socket=N` are read by createConnection from process.argv.
// Cross-file checks see the open documents and the files next to them on disk.
// A `.bondlintrc.json` in the folder of a document or above it is merged over the client's settings, as bondlint reads it.
startServer(createConnection(ProposedFeatures.all), (documents) => new DiskWorkspace(documents), { documentSettings: rcSettingsForUri });
