#!/usr/bin/env node
'use strict';
// The language server for any editor, bundled by `npm run build` into dist/server.js: standard
// input and output unless `--node-ipc` or `--socket=N` is given.
require('../dist/server.js');
