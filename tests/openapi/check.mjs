// Validates the OpenAPI document and checks every recorded response of the server tests
// against it: its status is documented for its route and method, its content type too, and a
// JSON body matches the response schema (JSON Schema 2020-12, as OpenAPI 3.1 says).
//
// usage: node check.mjs SPEC.json RECORD_DIR
// RECORD_DIR holds the JSON Lines written by tests/api/recording_client.h, one object per
// exchange: {test, method, path, status, content_type, body}.
import SwaggerParser from '@apidevtools/swagger-parser';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fs from 'node:fs';
import path from 'node:path';

const [specFile, recordDir] = process.argv.slice(2);
if (!specFile || !recordDir) {
  console.error('usage: node check.mjs SPEC.json RECORD_DIR');
  process.exit(2);
}

// 1. The document itself, with a real validator (structure and references).
const raw = JSON.parse(fs.readFileSync(specFile, 'utf8'));
await SwaggerParser.validate(structuredClone(raw));
const spec = await SwaggerParser.dereference(structuredClone(raw));
console.log(`${specFile}: valid OpenAPI ${spec.openapi}`);

// 2. The recorded exchanges.
const files = fs.existsSync(recordDir)
  ? fs.readdirSync(recordDir).filter((f) => f.endsWith('.jsonl')).sort()
  : [];
const exchanges = files.flatMap((f) =>
  fs.readFileSync(path.join(recordDir, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)));

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
ajv.addVocabulary(['discriminator', 'example']);  // annotations in OpenAPI 3.1, not checks
const compiled = new Map();
const validator = (schema) => {
  if (!compiled.has(schema)) compiled.set(schema, ajv.compile(schema));
  return compiled.get(schema);
};
const errorSchema = spec.components.schemas.Error;

const templates = Object.keys(spec.paths).map((p) => ({
  path: p,
  re: new RegExp('^' + p.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^/]+\}/g, '[^/]+') + '$'),
}));
const routeOf = (urlPath) => templates.find((t) => t.re.test(urlPath))?.path;

const failures = [];
const covered = new Set();
let checked = 0;
let skipped = 0;
for (const x of exchanges) {
  const where = `${x.test}: ${x.method} ${x.path} -> ${x.status}`;
  const fail = (why) => failures.push(`${where}: ${why}`);
  if (x.path.startsWith('/assets/')) {  // the pages' static files, not the API
    ++skipped;
    continue;
  }
  ++checked;
  if (x.body === null) {
    fail('the body is not valid UTF-8');
    continue;
  }
  const base = (x.content_type || '').split(';')[0].trim();
  const route = routeOf(x.path);
  const op = route && spec.paths[route][x.method.toLowerCase()];
  let response;
  if (!op) {
    // An unknown route (404) or a method the route does not have (405): the error shape.
    const expected = route ? 405 : 404;
    if (x.status !== expected) {
      fail(`expected ${expected} for an undocumented ${route ? 'method' : 'route'}`);
      continue;
    }
    response = { content: { 'application/json': { schema: errorSchema } } };
  } else {
    covered.add(`${x.method} ${route}`);
    response = op.responses[String(x.status)] ?? op.responses.default;
    if (!response) {
      fail(`status ${x.status} is not documented (documented: ${Object.keys(op.responses).join(', ')})`);
      continue;
    }
  }
  if (!response.content) {
    continue;
  }
  const media = response.content[base];
  if (!media) {
    fail(`content type "${x.content_type}" is not documented (${Object.keys(response.content).join(', ')})`);
    continue;
  }
  if (base !== 'application/json' || !media.schema) {
    continue;
  }
  let body;
  try {
    body = JSON.parse(x.body);
  } catch (e) {
    fail(`the body is not JSON: ${e.message}`);
    continue;
  }
  const validate = validator(media.schema);
  if (!validate(body)) {
    fail(ajv.errorsText(validate.errors, { separator: '; ' }).slice(0, 600));
  }
}

// 3. Every operation of the document was exercised by the tests at least once.
for (const [route, item] of Object.entries(spec.paths)) {
  for (const method of Object.keys(item)) {
    if (!covered.has(`${method.toUpperCase()} ${route}`)) {
      failures.push(`no test response for ${method.toUpperCase()} ${route}`);
    }
  }
}

console.log(`${checked} responses of ${files.length} tests checked against ${specFile}` +
  (skipped ? ` (${skipped} static files skipped)` : ''));
if (failures.length > 0) {
  for (const f of failures) console.error(`FAIL ${f}`);
  console.error(`${failures.length} problem(s)`);
  process.exit(1);
}
