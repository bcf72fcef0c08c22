// Starts `anthology lsp` for registry files. No build step: `npm install` here, then install the
// folder as an extension (docs/editors.md says how).
'use strict';
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

/** The files the server is told about; it lints the registry they belong to, and leaves other files alone. */
const documentSelector = [
  { scheme: 'file', pattern: '**/{research,taxonomy,anthology,registry}.{yaml,yml}' },
  { scheme: 'file', pattern: '**/registry.{json,jsonl}' },
  { scheme: 'file', language: 'markdown' },
];

let client;

function activate(context) {
  const [command, ...args] = vscode.workspace.getConfiguration('anthology').get('command', ['anthology', 'lsp']);
  // A plain command runs over standard input and output (no `transport`, so no extra argument is added).
  const serverOptions = { command, args };
  const clientOptions = {
    documentSelector,
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{research,taxonomy,anthology,registry}.*'),
    },
  };
  client = new LanguageClient('anthology', 'Anthology', serverOptions, clientOptions);
  context.subscriptions.push({ dispose: () => client && client.stop() });
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate, documentSelector };
