// Desktop VS Code: diagnostics, hover, quick fix and the annotate command through the `vscode` API.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { suite, suiteSetup, test } from './mocha';

const folder = () => vscode.workspace.workspaceFolders![0]!.uri;
const file = (rel: string) => vscode.Uri.joinPath(folder(), rel);

async function diagnosticsOf(uri: vscode.Uri, atLeast = 1): Promise<vscode.Diagnostic[]> {
  for (let i = 0; i < 150; i++) {
    const found = vscode.languages.getDiagnostics(uri);
    if (found.length >= atLeast) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no diagnostics for ${uri.toString()}`);
}

suite('Linux Bonding in desktop VS Code', () => {
  suiteSetup(async () => {
    const ext = vscode.extensions.getExtension('linux-bonding.linux-bonding');
    assert.ok(ext, 'the extension is installed');
  });

  test('a dump opens as bonding-status and gets diagnostics', async () => {
    const doc = await vscode.workspace.openTextDocument(file('sos/proc/net/bonding/bond0'));
    await vscode.window.showTextDocument(doc);
    assert.equal(doc.languageId, 'bonding-status');
    const codes = (await diagnosticsOf(doc.uri)).map((d) => `${d.range.start.line + 1}:${typeof d.code === 'object' ? d.code.value : d.code}`);
    assert.ok(codes.includes('58:proc.aggregator-mismatch'), codes.join(', '));
  });

  test('hover over port state decodes the bits', async () => {
    const uri = file('sos/proc/net/bonding/bond0');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(41, 6));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
    assert.match(text, /61 \(decimal\) = 0x3D = ACT AGG SYNC COL DIST/);
  });

  test('the quick fix for an unquoted BONDING_OPTS adds quotes', async () => {
    const uri = file('sos/etc/sysconfig/network-scripts/ifcfg-bond0');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const diagnostic = (await diagnosticsOf(uri)).find((d) => (typeof d.code === 'object' ? d.code.value : d.code) === 'ifcfg.unquoted-value');
    assert.ok(diagnostic, 'ifcfg.unquoted-value is reported');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.diagnostics?.some((d) => d.message === diagnostic.message) && a.edit);
    assert.ok(fix?.edit, 'a quick fix with an edit');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(doc.lineAt(diagnostic.range.start.line).text, /^BONDING_OPTS="mode=4 miimon=100[^"]*"$/);
  });

  test('Annotate Dump comments the dump lines of a Markdown ticket', async () => {
    const doc = await vscode.workspace.openTextDocument(file('ticket.md'));
    await vscode.window.showTextDocument(doc);
    await diagnosticsOf(doc.uri);
    await vscode.commands.executeCommand('bonding.annotateDump');
    const line = doc.getText().split('\n').find((l) => l.includes('port state: 61'));
    assert.match(line ?? '', /port state: 61\s+# /);
    assert.equal(doc.lineAt(0).text, '# Ticket 5120: bond0 runs on one port');
  });
});
