// Drives the sandbox with PagerDuty's official JavaScript client, as a script a user points at it would, and
// prints what the client saw as one JSON object. The Java test decides what is right; this only records.
// Usage: node sandbox-check.js <base url> <token> <team names, comma-separated> <page size>
'use strict';
const { api } = require('@pagerduty/pdjs');

const [base, token, names, pageSize] = process.argv.slice(2);
const call = (path, options = {}) => api({ token, url: base + path, ...options });

async function allPages(path, key, data) {
  const pages = [];
  let response = await call(path, { data });
  pages.push(response.data[key].map(item => item.name));
  while (response.next) {
    response = await response.next();
    pages.push(response.data[key].map(item => item.name));
  }
  return pages;
}

async function main() {
  const seen = {};
  const created = [];
  for (const name of names.split(',')) {
    const response = await call('/teams', { method: 'POST', data: { team: { type: 'team', name } } });
    created.push({ status: response.status, id: response.data.team && response.data.team.id });
  }
  seen.created = created;
  seen.pages = await allPages('/teams', 'teams', { limit: Number(pageSize) });
  const counted = await call('/teams', { data: { limit: 1, total: true } });
  seen.total = counted.data.total;
  const queried = await call('/teams', { data: { query: names.split(',')[0] } });
  seen.queried = queried.data.teams.map(team => team.name);

  const id = created[0].id;
  const renamed = await call('/teams/' + id, { method: 'PUT', data: { team: { type: 'team', name: 'Renamed by pdjs' } } });
  seen.renamed = { status: renamed.status, name: (await call('/teams/' + id)).data.team.name };
  const deleted = await call('/teams/' + id, { method: 'DELETE' });
  const gone = await call('/teams/' + id);
  seen.deleted = { status: deleted.status, after: gone.status, code: gone.data.error && gone.data.error.code };

  const invalid = await call('/teams', { method: 'POST', data: { team: { type: 'team' } } });
  seen.invalid = { status: invalid.status, errors: invalid.data.error && invalid.data.error.errors };
  const refused = await api({ token: 'not-the-token', url: base + '/teams' });
  seen.refused = { status: refused.status, code: refused.data.error && refused.data.error.code };

  const users = await call('/users', { data: { 'include[]': ['contact_methods'], limit: 100 } });
  seen.userContacts = users.data.users.map(user => (user.contact_methods || []).map(method => method.type));
  console.log(JSON.stringify(seen));
}

main().catch(error => {
  console.error(error && error.stack ? error.stack : String(error));
  process.exit(1);
});
