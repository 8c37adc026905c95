// Neovim (0.7+, as Debian ships it) as a second real LSP client: headless, it starts dist/server.js over stdio with
// vim.lsp.start_client, attaches a dump buffer and asks for diagnostics (pushed), a hover and the annotate command.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const version = nvim.status === 0 ? /NVIM v(\S+)/.exec(nvim.stdout)?.[1] : undefined;
const skip = version ? false : 'nvim is not installed (Debian: apt-get install neovim); .ci/run installs it';

const LUA = `
local out = {}
local function finish()
  local f = io.open(vim.env.RESULT, 'w')
  f:write(vim.fn.json_encode(out))
  f:close()
  vim.cmd('qa!')
end
local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(vim.env.DUMP))
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].filetype = 'bonding-status'
  local client_id = vim.lsp.start_client({
    name = 'linux-bonding',
    cmd = { vim.env.NODE, vim.env.SERVER, '--stdio' },
    root_dir = vim.fn.getcwd(),
  })
  out.started = client_id ~= nil
  vim.lsp.buf_attach_client(buf, client_id)
  vim.wait(15000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
  out.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(out.diagnostics, { line = d.lnum, code = d.code, severity = d.severity, message = d.message })
  end
  local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = 41, character = 6 } }
  local hover = vim.lsp.buf_request_sync(buf, 'textDocument/hover', params, 10000)
  for _, r in pairs(hover or {}) do
    if r.result and r.result.contents then out.hover = r.result.contents.value end
  end
  local annotate = vim.lsp.buf_request_sync(buf, 'workspace/executeCommand',
    { command = 'bonding.annotate', arguments = { { uri = vim.uri_from_bufnr(buf) } } }, 10000)
  for _, r in pairs(annotate or {}) do out.annotated = r.result end
  vim.wait(5000, function() return vim.api.nvim_buf_get_lines(buf, 41, 42, false)[1]:find('#', 1, true) ~= nil end, 50)
  out.line42 = vim.api.nvim_buf_get_lines(buf, 41, 42, false)[1]
end)
if not ok then out.error = tostring(err) end
finish()
`;

describe(`Neovim ${version ?? ''} as an LSP client`.trim(), { skip }, () => {
  let dir: string;
  let result: any;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'bonding-nvim-'));
    const env: NodeJS.ProcessEnv = { ...process.env, HOME: join(dir, 'home') };
    for (const x of ['XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'XDG_STATE_HOME', 'XDG_CACHE_HOME', 'XDG_RUNTIME_DIR']) {
      env[x] = join(dir, x.toLowerCase());
      mkdirSync(env[x]!, { recursive: true, mode: 0o700 });
    }
    env.NVIM_LOG_FILE = join(dir, 'nvim.log');
    env.NODE = process.execPath;
    env.SERVER = resolve('dist/server.js');
    env.DUMP = join(dir, 'bond0');
    env.RESULT = join(dir, 'result.json');
    copyFileSync('fixtures/proc/seed-802.3ad.txt', env.DUMP);
    writeFileSync(join(dir, 'test.lua'), LUA);
    const run = spawnSync('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${join(dir, 'test.lua')}`], { cwd: dir, env, encoding: 'utf8', timeout: 60_000 });
    assert.equal(run.status, 0, `nvim exited with ${run.status}: ${run.stderr}`);
    result = JSON.parse(readFileSync(env.RESULT, 'utf8'));
    assert.equal(result.error, undefined, result.error);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('starts the server and shows its pushed diagnostics', () => {
    assert.equal(result.started, true);
    const codes = result.diagnostics.map((d: any) => `${d.line + 1}:${d.code}`);
    assert.ok(codes.includes('58:proc.aggregator-mismatch'), codes.join(', '));
    assert.ok(codes.includes('52:proc.slave-down'), codes.join(', '));
  });

  it('gets a hover', () => {
    assert.match(result.hover, /^\*\*port state\*\*/);
    assert.match(result.hover, /61 \(decimal\) = 0x3D = ACT AGG SYNC COL DIST/);
  });

  it('annotates the buffer in place with workspace/executeCommand', () => {
    assert.equal(result.annotated, true);
    assert.match(result.line42, /^\s*port state: 61\s+# /);
  });
});
