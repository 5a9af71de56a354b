// repository_dispatch: validated as GitHub does (event_type 1..100 chars, at most 10 top-level
// client_payload properties), recorded for tests to inspect. Answers 204.
import { HttpError, errorBody, readJson, repoFrom, sendJson } from '../http.js';
import type { Router } from '../router.js';

const DOC = 'https://docs.github.com/rest/repos/repos#create-a-repository-dispatch-event';
export const MAX_PAYLOAD_BYTES = 64 * 1024; // generous bound on client_payload size

const invalid = (message: string) => new HttpError(422, { message, documentation_url: DOC, status: '422' });

export function registerDispatches(r: Router) {
  r.on('POST', '/repos/:owner/:repo/dispatches', async (ctx) => {
    const repo = repoFrom(ctx, 'write');
    const body = await readJson(ctx);
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw invalid('Invalid request.\n\nFor \'links/0/schema\', "body" is not an object.');
    const et = body.event_type;
    if (et === undefined || et === null) throw invalid('Invalid request.\n\n"event_type" wasn\'t supplied.');
    if (typeof et !== 'string') throw invalid(`Invalid request.\n\nFor 'properties/event_type', ${JSON.stringify(et)} is not a string.`);
    if (et.length < 1) throw invalid(`Invalid request.\n\nFor 'properties/event_type', "" is too short (minimum is 1 characters).`);
    if (et.length > 100) throw invalid(`Invalid request.\n\nFor 'properties/event_type', ${JSON.stringify(et)} is too long (maximum is 100 characters).`);
    const payload = body.client_payload;
    if (payload !== undefined && payload !== null) {
      if (typeof payload !== 'object' || Array.isArray(payload)) {
        throw invalid(`Invalid request.\n\nFor 'properties/client_payload', ${JSON.stringify(payload)} is not an object.`);
      }
      const n = Object.keys(payload).length;
      if (n > 10) throw invalid(`No more than 10 properties are allowed; ${n} were supplied.`);
      if (Buffer.byteLength(JSON.stringify(payload)) > MAX_PAYLOAD_BYTES) {
        throw new HttpError(422, errorBody(422, 'client_payload is too large.'));
      }
    }
    repo.dispatches.push({ event_type: et, client_payload: payload ?? {}, at: Date.now() });
    sendJson(ctx, 204, undefined);
  });
}
