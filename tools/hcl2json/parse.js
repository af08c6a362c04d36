#!/usr/bin/env node
// Prints {"<file>": <parsed HCL as JSON>, ...} for the .tf files named on the command line.
// Offline: @cdktf/hcl2json is HashiCorp's HCL parser compiled to WebAssembly. Install with .ci/install-tools.
'use strict';
const fs = require('fs');
let hcl2json;
try {
  hcl2json = require('@cdktf/hcl2json');
} catch (e) {
  process.stderr.write('@cdktf/hcl2json is not installed: run .ci/install-tools (npm ci --prefix tools/hcl2json)\n');
  process.exit(3);
}

async function main(files) {
  if (files.length === 0) {
    process.stderr.write('usage: node tools/hcl2json/parse.js FILE.tf...\n');
    process.exit(2);
  }
  const out = {};
  for (const file of files) {
    try {
      out[file] = await hcl2json.parse(file, fs.readFileSync(file, 'utf8'));
    } catch (e) {
      process.stderr.write(`${file}: ${e && e.message ? e.message : e}\n`);
      process.exit(1);
    }
  }
  process.stdout.write(JSON.stringify(out));
}

main(process.argv.slice(2));
