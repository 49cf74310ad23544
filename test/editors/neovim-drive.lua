-- Drives the language server through Neovim's own LSP client (Debian's 0.7, headless), as a drafter
-- in Neovim would use it, and writes what it saw to a JSON file for test/editors/neovim.test.ts.
-- Every wait polls with a deadline (vim.wait); nothing sleeps for a fixed time. The parameters
-- (server command, files, cursor positions) come from the JSON file named by KEHOACH_NVIM_PARAMS.
local params = vim.fn.json_decode(table.concat(vim.fn.readfile(os.getenv('KEHOACH_NVIM_PARAMS')), '\n'))
local results = { steps = {} }
local WAIT_MS = params.wait_ms

local function step(name) table.insert(results.steps, name) end

local function codes(bufnr)
  local found = {}
  for _, diagnostic in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = diagnostic.user_data and diagnostic.user_data.lsp or {}
    table.insert(found, tostring(lsp.code or diagnostic.code))
  end
  table.sort(found)
  return found
end

local function has(list, wanted)
  for _, value in ipairs(list) do if value == wanted then return true end end
  return false
end

local function request(bufnr, method, position)
  local answers = vim.lsp.buf_request_sync(bufnr, method, {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    position = position,
  }, WAIT_MS)
  for _, answer in pairs(answers or {}) do
    if answer.err then error(method .. ': ' .. vim.inspect(answer.err)) end
    if answer.result then return answer.result end
  end
  return nil
end

local function run()
  vim.cmd('edit ' .. vim.fn.fnameescape(params.plan))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'kehoach'
  local client_id = vim.lsp.start_client({
    name = 'kehoach',
    cmd = params.cmd,
    root_dir = params.root,
  })
  if not client_id then error('the server did not start') end
  vim.lsp.buf_attach_client(bufnr, client_id)
  step('attached')

  -- Diagnostics: the plan cites KH30, which no catalog declares yet.
  local reported = vim.wait(WAIT_MS, function() return has(codes(bufnr), 'ref/unknown') end, 20)
  results.diagnostics_before = codes(bufnr)
  if not reported then error('no ref/unknown diagnostic arrived') end
  step('diagnostics')

  -- Hover on the hạn line: the deadline on the calendar.
  local hover = request(bufnr, 'textDocument/hover', params.hover_at)
  results.hover = hover and hover.contents and (hover.contents.value or hover.contents) or vim.NIL
  step('hover')

  -- A catalog written on disk by another program (the editor never opens it) is seen.
  local catalog = io.open(params.catalog_path, 'w')
  catalog:write(params.catalog_text)
  catalog:close()
  local resolved = vim.wait(WAIT_MS, function() return not has(codes(bufnr), 'ref/unknown') end, 20)
  results.diagnostics_after = codes(bufnr)
  if not resolved then error('the catalog created on disk was not picked up') end
  step('catalog')

  -- Completion after "@" by the words of the document's subject, without diacritics, on a line
  -- typed into the buffer as a drafter would.
  vim.api.nvim_buf_set_lines(bufnr, params.complete_at.line, params.complete_at.line, false, { params.typed })
  local completion = request(bufnr, 'textDocument/completion', params.complete_at)
  local items = completion and (completion.items or completion) or {}
  results.completion = {}
  for _, item in ipairs(items) do table.insert(results.completion, item.label) end
  step('completion')

  vim.lsp.stop_client(client_id)
  vim.wait(WAIT_MS, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
end

local ok, failure = pcall(run)
if not ok then results.error = tostring(failure) end
vim.fn.writefile({ vim.fn.json_encode(results) }, params.results)
vim.cmd('qall!')
