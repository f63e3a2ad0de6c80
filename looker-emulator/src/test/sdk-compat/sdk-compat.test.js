// Runs Looker's official TypeScript SDK (@looker/sdk + @looker/sdk-node), unchanged, against a
// running Looker emulator, and asserts what each call returns. run.sh starts the emulator from
// its jar and sets the environment the SDK reads: LOOKERSDK_BASE_URL, LOOKERSDK_CLIENT_ID,
// LOOKERSDK_CLIENT_SECRET and LOOKERSDK_VERIFY_SSL. The tests run in order and share the SDK
// session, as one program using the SDK would.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { LookerNodeSDK, NodeSettings } = require('@looker/sdk-node');
const { Looker40SDKStream } = require('@looker/sdk');

// sdk-rtl 21.6.5 logs a misplaced "AbortSignal.timeout is not defined" debug line on every
// request (its else branch belongs to the signal check); it says nothing about the emulator.
console.debug = () => {};

for (const name of ['LOOKERSDK_BASE_URL', 'LOOKERSDK_CLIENT_ID', 'LOOKERSDK_CLIENT_SECRET']) {
  if (!process.env[name]) {
    throw new Error(`${name} is not set: start the emulator with run.sh`);
  }
}

const REGIONS = ['International', 'Midwest', 'Northeast', 'South', 'Unknown', 'West'];
const BY_REGION = {
  model: 'ecommerce',
  view: 'order_items',
  fields: ['users.region', 'order_items.count'],
  sorts: ['users.region'],
};

// The SDK reads its settings from LOOKERSDK_* variables (NodeSettingsIniFile without a file).
const sdk = LookerNodeSDK.init40();

/** Returns a second SDK, logged in with another user's API3 credentials from WEST_* variables. */
function westSdk() {
  process.env.WEST_BASE_URL = process.env.LOOKERSDK_BASE_URL;
  process.env.WEST_VERIFY_SSL = 'false';
  process.env.WEST_CLIENT_ID = 'looksql-west';
  process.env.WEST_CLIENT_SECRET = 'looksql-west-secret';
  return LookerNodeSDK.init40(new NodeSettings('WEST'));
}

/** Returns CSV text as rows of cells (the sample's values hold no quotes or commas here). */
function parseCsv(text) {
  return text.trim().split('\n').map((line) => line.split(','));
}

/** Returns {region: count} from json rows of BY_REGION. */
function countsOf(rows) {
  return Object.fromEntries(rows.map((r) => [r['users.region'], r['order_items.count']]));
}

let adminCounts;

test('login with API credentials and /versions', async () => {
  assert.equal(sdk.authSession.isAuthenticated(), false);
  // The first call logs in: POST /login with the form-encoded client_id and client_secret.
  const versions = await sdk.ok(sdk.versions());
  assert.equal(sdk.authSession.isAuthenticated(), true);
  assert.equal(versions.current_version.version, '4.0');
  assert.ok(versions.supported_versions.some((v) => v.version === '4.0'));
  const token = sdk.authSession.activeToken;
  assert.equal(token.token_type, 'Bearer');
  assert.equal(token.expires_in, 3600);
});

test('me() is the admin', async () => {
  const me = await sdk.ok(sdk.me());
  assert.equal(me.id, '1');
  assert.equal(me.email, 'admin@example.com');
  assert.equal(me.display_name, 'Admin User');
  assert.deepEqual(me.role_ids, ['2']);
});

test('me(fields) answers only the fields asked for', async () => {
  const me = await sdk.ok(sdk.me('id,email,credentials_api3(client_id)'));
  assert.deepEqual(me, {
    id: '1',
    email: 'admin@example.com',
    credentials_api3: [{ client_id: 'looksql-admin' }],
  });
});

test('all_lookml_models() lists the sample model and its explores', async () => {
  const models = await sdk.ok(sdk.all_lookml_models({}));
  const ecommerce = models.find((m) => m.name === 'ecommerce');
  assert.ok(ecommerce, `no ecommerce model in ${models.map((m) => m.name)}`);
  const explores = ecommerce.explores.map((e) => e.name);
  assert.ok(explores.includes('order_items'), `explores: ${explores}`);
  assert.ok(explores.includes('users'), `explores: ${explores}`);
});

test('lookml_model_explore() describes fields, with sql for an admin', async () => {
  const explore = await sdk.ok(sdk.lookml_model_explore({
    lookml_model_name: 'ecommerce',
    explore_name: 'order_items',
  }));
  assert.equal(explore.name, 'order_items');
  assert.equal(explore.model_name, 'ecommerce');
  const status = explore.fields.dimensions.find((f) => f.name === 'order_items.status');
  assert.ok(status, 'order_items.status is missing');
  assert.equal(status.type, 'string');
  assert.equal(status.label, 'Order Items Status');
  assert.equal(status.sql, '${TABLE}.status');
  const count = explore.fields.measures.find((f) => f.name === 'order_items.count');
  assert.equal(count.type, 'count');
  assert.equal(count.label, 'Order Items Number of Order Items');
});

test('an unknown explore is a LookerSDKError 404', async () => {
  const result = await sdk.lookml_model_explore({
    lookml_model_name: 'ecommerce',
    explore_name: 'no_such_explore',
  });
  assert.equal(result.ok, false);
  assert.equal(result.error.message, 'Not found');
  await assert.rejects(sdk.ok(sdk.lookml_model('no_such_model')), /Not found/);
});

test('run_inline_query() in json', async () => {
  const rows = await sdk.ok(sdk.run_inline_query({ result_format: 'json', body: BY_REGION }));
  assert.ok(Array.isArray(rows));
  assert.deepEqual(rows.map((r) => r['users.region']), REGIONS);
  for (const row of rows) {
    assert.deepEqual(Object.keys(row), ['users.region', 'order_items.count']);
    assert.equal(typeof row['order_items.count'], 'number');
  }
  adminCounts = countsOf(rows);
  const total = await sdk.ok(sdk.run_inline_query({
    result_format: 'json',
    body: { model: 'ecommerce', view: 'order_items', fields: ['order_items.count'] },
  }));
  const sum = Object.values(adminCounts).reduce((a, b) => a + b, 0);
  assert.deepEqual(total, [{ 'order_items.count': sum }]);
});

test('run_inline_query() in csv has the same rows as json', async () => {
  const csv = await sdk.ok(sdk.run_inline_query({ result_format: 'csv', body: BY_REGION }));
  assert.equal(typeof csv, 'string');
  const [header, ...rows] = parseCsv(csv);
  assert.deepEqual(header, ['Users Region', 'Order Items Number of Order Items']);
  assert.deepEqual(rows, REGIONS.map((r) => [r, String(adminCounts[r])]));
});

test('an unknown field is a 422 Validation Failed', async () => {
  const result = await sdk.run_inline_query({
    result_format: 'json',
    body: { model: 'ecommerce', view: 'order_items', fields: ['order_items.no_such_field'] },
  });
  assert.equal(result.ok, false);
  assert.equal(result.error.message, 'Validation Failed');
  assert.match(result.error.errors[0].message, /order_items\.no_such_field/);
});

test('the streaming SDK reads a csv result as it arrives', async () => {
  const stream = new Looker40SDKStream(sdk.authSession);
  const chunks = [];
  await stream.run_inline_query(async (response) => {
    assert.equal(response.status, 200);
    for await (const chunk of response.body) {
      chunks.push(Buffer.from(chunk));
    }
  }, { result_format: 'csv', body: BY_REGION });
  const csv = await sdk.ok(sdk.run_inline_query({ result_format: 'csv', body: BY_REGION }));
  assert.equal(Buffer.concat(chunks).toString('utf8'), csv);
});

test('create_query(), then an async query task to completion', async () => {
  const query = await sdk.ok(sdk.create_query(BY_REGION));
  assert.ok(query.id);
  const task = await sdk.ok(sdk.create_query_task({
    body: { query_id: query.id, result_format: 'json' },
  }));
  let status = task.status;
  for (let i = 0; i < 100 && status !== 'complete'; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    status = (await sdk.ok(sdk.query_task(task.id))).status;
    assert.ok(['added', 'running', 'complete'].includes(status), `status ${status}`);
  }
  assert.equal(status, 'complete');
  const rows = await sdk.ok(sdk.query_task_results(task.id));
  assert.deepEqual(countsOf(rows), adminCounts);
});

test('a user sees only their region; login_user() is refused to a non-admin', async () => {
  const west = westSdk();
  const me = await west.ok(west.me());
  assert.equal(me.email, 'wendy.west@example.com');
  const rows = await west.ok(west.run_inline_query({ result_format: 'json', body: BY_REGION }));
  assert.deepEqual(rows, [{ 'users.region': 'West', 'order_items.count': adminCounts.West }]);
  const sudo = await west.login_user('5');
  assert.equal(sudo.ok, false);
  assert.match(sudo.error.message, /sudo|permission|forbidden/i);
  await west.ok(west.logout());
});

test('login_user() returns a token for the target user', async () => {
  const token = await sdk.ok(sdk.login_user('5', false));
  assert.equal(token.token_type, 'Bearer');
  assert.ok(token.access_token.length >= 20);
  assert.ok(token.expires_in > 0);
});

test('sudo through the session: me() and queries act as the target user', async () => {
  await sdk.authSession.login('5');
  assert.equal(sdk.authSession.isSudo(), true);
  const me = await sdk.ok(sdk.me());
  assert.equal(me.id, '5');
  assert.equal(me.email, 'sam.south@example.com');
  const session = await sdk.ok(sdk.session());
  assert.equal(session.sudo_user_id, '1');
  const rows = await sdk.ok(sdk.run_inline_query({ result_format: 'json', body: BY_REGION }));
  assert.deepEqual(rows, [{ 'users.region': 'South', 'order_items.count': adminCounts.South }]);
});

test('ending sudo logs out the sudo token only', async () => {
  await sdk.authSession.logout();
  assert.equal(sdk.authSession.isSudo(), false);
  const me = await sdk.ok(sdk.me());
  assert.equal(me.id, '1');
});

test('the audit records the sudo query with the SDK as its app', async () => {
  const token = sdk.authSession.activeToken.access_token;
  const response = await fetch(`${process.env.LOOKERSDK_BASE_URL}/emulator/history`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  assert.equal(response.status, 200);
  const sudoRuns = (await response.json()).filter((e) => e.user_id === '5');
  assert.equal(sudoRuns.length, 1);
  assert.equal(sudoRuns[0].sudo_user_id, '1');
  assert.equal(sudoRuns[0].status, 'complete');
  assert.match(sudoRuns[0].app_id, /^TS-SDK/);
});

test('logout() revokes the token it is called with', async () => {
  const token = sdk.authSession.activeToken.access_token;
  await sdk.ok(sdk.logout());
  const response = await fetch(`${process.env.LOOKERSDK_BASE_URL}/api/4.0/user`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  assert.equal(response.status, 401);
  const body = await response.json();
  assert.equal(body.message, 'Requires authentication.');
});
