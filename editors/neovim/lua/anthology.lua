-- Anthology's language server in Neovim's built-in LSP client (Neovim 0.7 or later).
--
-- Add editors/neovim to the runtime path (it holds lua/anthology.lua) and call require('anthology').setup()
-- from init.lua. Registry files then get live findings, quick fixes (vim.lsp.buf.code_action()),
-- hover (vim.lsp.buf.hover()), completion (the omnifunc, <C-x><C-o>) and go-to-definition
-- (vim.lsp.buf.definition()).
--
-- The command is `anthology lsp`; pass another with setup({ cmd = { ... } }).
local M = {}

M.patterns = { 'research.yaml', 'taxonomy.yaml', 'anthology.yaml', 'registry.yaml', 'registry.json', 'registry.jsonl' }

function M.setup(opts)
  opts = opts or {}
  local cmd = opts.cmd or { 'anthology', 'lsp' }
  local clients = {}
  vim.api.nvim_create_autocmd({ 'BufReadPost', 'BufNewFile' }, {
    pattern = opts.patterns or M.patterns,
    callback = function(args)
      -- the workspace folder: the nearest directory above with anthology.yaml, else the file's own
      local dir = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(args.buf), ':p:h')
      local config = vim.fn.findfile('anthology.yaml', dir .. ';')
      local root = config ~= '' and vim.fn.fnamemodify(config, ':p:h') or dir
      if not clients[root] then
        clients[root] = vim.lsp.start_client({ name = 'anthology', cmd = cmd, root_dir = root })
      end
      vim.lsp.buf_attach_client(args.buf, clients[root])
      vim.bo[args.buf].omnifunc = 'v:lua.vim.lsp.omnifunc'
    end,
  })
end

return M
