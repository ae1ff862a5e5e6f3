import type { ClaimId } from './claims.ts';
import {
  GDAP_FRAGMENT_PREFIX,
  INVITATION_HOSTS,
  INVITATION_TYPES,
  RESELLER_FRAGMENTS,
  SAFE_LINKS_HOST,
  type InvitationCloud,
  type InvitationHost,
} from './invitation-hosts.ts';

/**
 * Reading and building reseller-relationship invitation links. Pure: no DOM, no network.
 * `parseInvitationLink` never throws, whatever it is given.
 */

export type InvitationKind = 'reseller' | 'indirect-reseller' | 'gdap';

export interface InvitationLink {
  kind: InvitationKind;
  cloud: InvitationCloud;
  /**
   * Lower-case GUID from `partnerId`: the partner the customer gets a reseller relationship
   * with (a direct partner, an indirect provider or an indirect reseller, each from its own
   * "Request a reseller relationship"); in an IndirectResellerRelationship link, the indirect
   * provider.
   */
  partnerTenantId?: string;
  /** Lower-case GUID of the named indirect reseller's tenant (`indirectCSPId`), when the link has it. */
  resellerTenantId?: string;
  /** Partner ID (formerly MPN ID) from `msppId`, when not 0: the named indirect reseller's. */
  mpnId?: string;
  /** `DAP=true|false` when present. */
  delegatedAdmin?: boolean;
  /** GDAP links: the admin relationship id (one GUID, or two joined by a hyphen). */
  adminRelationshipId?: string;
  /** Set when the link was taken out of an e-mail security wrapper (Outlook Safe Links). */
  unwrapped?: LinkWrapper;
  /**
   * Set when the link's host belongs to a retired service (the Microsoft Store for Business):
   * the claim that says so, for the explanation.
   */
  retiredHost?: ClaimId;
  /** The normalised link. */
  url: string;
}

/** E-mail security wrappers the parser opens (only on the exact hosts in `invitation-hosts.ts`). */
export type LinkWrapper = 'outlook-safe-links';

export const LINK_ERROR_CODES = [
  'empty',
  'too-long',
  'not-a-url',
  'multiple-links',
  'not-https',
  'credentials-in-link',
  'untrusted-host',
  'unknown-invitation-type',
  'missing-parameter',
  'duplicate-parameter',
  'invalid-partner-id',
  'invalid-reseller-id',
  'invalid-mpn-id',
  'invalid-dap',
  'invalid-relationship-id',
  'incomplete-link',
  'gdap-not-in-21vianet',
] as const;
export type LinkErrorCode = (typeof LINK_ERROR_CODES)[number];

export interface LinkError {
  code: LinkErrorCode;
  /** English, for logs and developers; the UI shows `link:error.<code>` from the locales. */
  message: string;
  /** The query parameter at fault, where there is one. */
  parameter?: string;
  /** Set when the refused link sat inside an e-mail security wrapper. */
  unwrapped?: LinkWrapper;
}

export type InvitationLinkResult =
  { ok: true; link: InvitationLink } | { ok: false; error: LinkError };

/** Longest pasted text we look at, and longest link we accept. */
export const MAX_INPUT_LENGTH = 20_000;
export const MAX_LINK_LENGTH = 2_048;

const GUID_PART = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const GUID = new RegExp(`^${GUID_PART}$`, 'i');
/**
 * An admin relationship id: Partner Center's page shows one GUID; the ids Microsoft Graph
 * returns (delegatedAdminRelationship) are two GUIDs joined by a hyphen.
 */
const RELATIONSHIP_ID = new RegExp(`^(${GUID_PART})(?:-(${GUID_PART}))?$`, 'i');
const NIL_GUID = '00000000-0000-0000-0000-000000000000';
const PARTNER_ID = /^[0-9]{1,10}$/;

/** A tenant id: a GUID that is not all zeros. */
export function isTenantId(value: string): boolean {
  return GUID.test(value) && value !== NIL_GUID;
}

/** A GDAP admin relationship id: one GUID or two GUIDs joined by a hyphen, none all zeros. */
export function isAdminRelationshipId(value: string): boolean {
  const match = RELATIONSHIP_ID.exec(value);
  if (!match) return false;
  return match[1] !== NIL_GUID && match[2] !== NIL_GUID;
}

/** A Partner ID (formerly MPN ID): digits, not zero. */
export function isPartnerId(value: string): boolean {
  return PARTNER_ID.test(value) && !/^0+$/.test(value);
}

const fail = (code: LinkErrorCode, message: string, parameter?: string): InvitationLinkResult => ({
  ok: false,
  error: parameter === undefined ? { code, message } : { code, message, parameter },
});

const ALLOWED_SCHEMES_HINT = 'Only https:// links to the Microsoft admin center are accepted.';
const WRAPPERS_START = /^[<("'[«“‘„]+/;
const WRAPPERS_END = /[>)"'\]»”’“.,;:!?]+$/;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
/** Schemes that must never be opened, found even inside a word (`请点击javascript:…`). */
const HOSTILE_SCHEME = /(?:^|[^a-z0-9+.-])((?:javascript|data|vbscript|file):)/i;

/**
 * Characters that end a link inside running text: whitespace, typographic quotes and dashes,
 * and Chinese/Japanese/Korean script and full-width punctuation (`请点击https://…。`). Not
 * full-width letters or other look-alike letters: those stay in so the host check refuses
 * them instead of cutting a spoofed host into a real one.
 */
const LINK_END =
  /[\s<>"«»‹›\u2013\u2014\u2018-\u201f\u2026\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]/;

/**
 * `&amp;` and its numeric forms, as HTML mail pastes them (also escaped twice, `&amp;amp;`);
 * other entities stay as they are.
 */
function decodeAmpersands(text: string): string {
  let decoded = text;
  for (let pass = 0; pass < 3; pass++) {
    const next = decoded.replace(/&(?:amp|#0*38|#x0*26);/gi, '&');
    if (next === decoded) break;
    decoded = next;
  }
  return decoded;
}

/** Cuts a link candidate out of one whitespace-free token of running text. */
function candidateIn(token: string): string | undefined {
  const markdown = /\]\(([^)]+)\)?$/.exec(token);
  if (markdown?.[1]) token = markdown[1];
  const href = /^href=["']?([^"'>]+)/i.exec(token);
  if (href?.[1]) token = href[1];
  // Any scheme with `//` (https, http, ftp…), found even inside a word: `请点击https://…`.
  const https = /[a-z][a-z0-9+.-]*:\/\//i.exec(token);
  const hostile = HOSTILE_SCHEME.exec(token);
  let start = 0;
  if (hostile && (!https || hostile.index < https.index)) {
    start = hostile.index + hostile[0].length - hostile[1]!.length;
  } else if (https) start = https.index;
  let candidate = token.slice(start);
  if (start > 0 || https) {
    const end = LINK_END.exec(candidate);
    if (end) candidate = candidate.slice(0, end.index);
  }
  candidate = candidate.replace(WRAPPERS_START, '').replace(WRAPPERS_END, '');
  if (!candidate) return undefined;
  if (SCHEME.test(candidate) || /^[\w-]+(\.[\w-]+)+\//.test(candidate)) return candidate;
  return undefined;
}

/** Pieces of pasted text that look like links (with or without a scheme). */
function linkCandidates(text: string): string[] {
  const found: string[] = [];
  for (const raw of text.split(/\s+/)) {
    const candidate = candidateIn(raw);
    if (candidate) found.push(candidate);
  }
  return [...new Set(found)];
}

/**
 * Plain-text mail breaks long lines, also inside a link. Joins a line that ends in the middle
 * of an https link that does not read as valid yet with the next line when that line goes on
 * with link characters (a quoted reply's `>` is dropped). The caller uses the joined text only
 * where it reads as a valid link.
 */
function joinBrokenLinks(text: string): string {
  const lines = text.split(/\r?\n/);
  let joined = lines[0] ?? '';
  for (const line of lines.slice(1)) {
    const next = line.replace(/^[ \t>]*/, '');
    const lastToken = /\S*$/.exec(joined)?.[0] ?? '';
    const candidate = /https:\/\//i.test(lastToken) ? candidateIn(lastToken) : undefined;
    if (candidate && /^[\x21-\x7e]/.test(next) && continuesLink(candidate, next)) {
      joined += next;
    } else joined += `\n${line}`;
  }
  return joined;
}

/**
 * Whether the next line goes on with the link: the link so far does not read as valid yet, or
 * the link joined with the next line's first word reads as valid too. Plain-text mail breaks at
 * a fixed width, wherever that falls: between the two GUIDs of a Graph GDAP id (the first GUID
 * alone is a valid, shorter id) or inside a Partner ID. A complete link followed by a word
 * (`…partner-invitation` + `Danke`) does not read as valid joined, so it stays apart.
 */
function continuesLink(candidate: string, next: string): boolean {
  if (!parseCandidate(candidate).ok) return true;
  const joined = candidateIn(`${candidate}${next.split(/\s/, 1)[0]}`);
  return joined !== undefined && parseCandidate(joined).ok;
}

/** The host part as typed, between `//` and the first `/`, `?`, `#` or `\`. */
function typedAuthority(candidate: string): string {
  const afterScheme = candidate.replace(/^https:\/\//i, '');
  return afterScheme.split(/[/?#\\]/, 1)[0] ?? '';
}

function queryOf(url: URL): Map<string, string> | InvitationLinkResult {
  const params = new Map<string, string>();
  for (const [key, value] of url.searchParams) {
    const name = key.toLowerCase();
    if (params.has(name)) {
      return fail('duplicate-parameter', `The parameter "${key}" appears more than once.`, key);
    }
    params.set(name, value);
  }
  return params;
}

function parseDap(params: Map<string, string>): boolean | undefined | InvitationLinkResult {
  const dap = params.get('dap');
  if (dap === undefined) return undefined;
  const value = dap.toLowerCase();
  if (value === 'true') return true;
  if (value === 'false') return false;
  return fail('invalid-dap', `DAP must be "true" or "false", not "${dap}".`, 'DAP');
}

function parseReseller(
  host: InvitationHost,
  url: URL,
  params: Map<string, string>,
): InvitationLinkResult {
  const typeParam = host.style === 'partner-signup' ? 'type' : 'invType';
  const partnerParam = host.style === 'partner-signup' ? 'id' : 'partnerId';
  const type = params.get(typeParam.toLowerCase());
  if (type === undefined) {
    return fail('missing-parameter', `The link has no "${typeParam}" parameter.`, typeParam);
  }
  const kind = INVITATION_TYPES[type.toLowerCase() as keyof typeof INVITATION_TYPES];
  if (!kind || (host.style === 'partner-signup' && kind !== 'reseller')) {
    return fail(
      'unknown-invitation-type',
      `"${type}" is not a reseller-relationship invitation. Allowed: ResellerRelationship, IndirectResellerRelationship.`,
      typeParam,
    );
  }
  const partner = params.get(partnerParam.toLowerCase());
  if (partner === undefined) {
    return fail('missing-parameter', `The link has no "${partnerParam}" parameter.`, partnerParam);
  }
  if (!isTenantId(partner)) {
    return fail('invalid-partner-id', `"${partner}" is not a tenant id (a GUID).`, partnerParam);
  }
  const mspp = params.get('msppid');
  if (mspp !== undefined && !PARTNER_ID.test(mspp)) {
    return fail('invalid-mpn-id', `msppId must be a Partner ID (digits), not "${mspp}".`, 'msppId');
  }
  const delegatedAdmin = parseDap(params);
  if (typeof delegatedAdmin === 'object') return delegatedAdmin;

  const link: InvitationLink = {
    kind,
    cloud: host.cloud,
    partnerTenantId: partner.toLowerCase(),
    url: url.href,
  };
  if (mspp !== undefined && !/^0+$/.test(mspp)) link.mpnId = mspp;
  if (delegatedAdmin !== undefined) link.delegatedAdmin = delegatedAdmin;

  if (kind === 'indirect-reseller') {
    // partnerId = the indirect provider's tenant, msppId = the reseller's Partner ID; the
    // reseller's tenant (indirectCSPId) is in some links and not in others.
    const reseller = params.get('indirectcspid');
    if (reseller !== undefined && !isTenantId(reseller)) {
      return fail(
        'invalid-reseller-id',
        `"${reseller}" is not a tenant id (a GUID).`,
        'indirectCSPId',
      );
    }
    if (link.mpnId === undefined) {
      return fail(
        'missing-parameter',
        "An indirect reseller link needs the reseller's Partner ID in msppId.",
        'msppId',
      );
    }
    if (reseller !== undefined) link.resellerTenantId = reseller.toLowerCase();
  }
  if (host.retired) link.retiredHost = host.retired;

  if (host.style === 'admin-center') {
    const fragment = url.hash.toLowerCase();
    if (fragment === '' || fragment === '#') {
      return fail(
        'incomplete-link',
        'The link ends too early: the part after "#" is missing. Copy the whole link again.',
      );
    }
    if (!RESELLER_FRAGMENTS.some((f) => f.toLowerCase() === fragment)) {
      return fail('unknown-invitation-type', `The link opens "${url.hash}", not an invitation.`);
    }
  }
  return { ok: true, link };
}

function parseGdap(host: InvitationHost, url: URL): InvitationLinkResult {
  if (host.cloud === '21vianet') {
    // Claim gdap-not-in-21vianet: Microsoft's pages disagree on GDAP there, and none
    // documents a GDAP request link on this host.
    return fail(
      'gdap-not-in-21vianet',
      'GDAP request links are not documented for the cloud operated by 21Vianet (Microsoft Graph lists its GDAP API as not available there).',
    );
  }
  const id = url.hash.slice(GDAP_FRAGMENT_PREFIX.length).replace(/\/+$/, '');
  if (!isAdminRelationshipId(id)) {
    return fail(
      'invalid-relationship-id',
      `"${id}" is not an admin relationship id: expected a GUID, or two GUIDs joined by a hyphen.`,
    );
  }
  return {
    ok: true,
    link: { kind: 'gdap', cloud: host.cloud, adminRelationshipId: id.toLowerCase(), url: url.href },
  };
}

function parseCandidate(candidate: string, depth = 0): InvitationLinkResult {
  if (candidate.length > MAX_LINK_LENGTH) {
    return fail('too-long', `The link is longer than ${MAX_LINK_LENGTH} characters.`);
  }
  const scheme = SCHEME.exec(candidate)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    return fail('not-https', `The link does not start with https://. ${ALLOWED_SCHEMES_HINT}`);
  }
  if (scheme !== 'https') {
    return fail('not-https', `"${scheme}:" links are not accepted. ${ALLOWED_SCHEMES_HINT}`);
  }
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return fail('not-a-url', 'This is not a complete web address.');
  }
  const typedHost = typedAuthority(candidate).toLowerCase();
  if (SAFE_LINKS_HOST.test(typedHost) && url.hostname === typedHost) {
    return unwrapSafeLinks(url, depth);
  }
  const host = INVITATION_HOSTS.find((h) => h.host === url.hostname);
  const untrusted = () =>
    fail(
      'untrusted-host',
      `"${typedAuthority(candidate)}" is not a Microsoft admin center host. Allowed: ${INVITATION_HOSTS.map((h) => h.host).join(', ')}.`,
    );
  if (!host) return untrusted();
  if (url.username !== '' || url.password !== '') {
    return fail('credentials-in-link', 'The link hides a user name or password before the host.');
  }
  // The host as typed must be the plain ASCII host itself: this rejects look-alike letters,
  // full-width forms, percent-encoding, trailing dots and ports that URL parsing would fold.
  if (url.port !== '' || typedAuthority(candidate).toLowerCase() !== host.host) return untrusted();
  const path = url.pathname.replace(/\/+$/, '').toLowerCase();
  if (path !== host.path) {
    return fail('unknown-invitation-type', `"${url.pathname}" is not the invitation page.`);
  }
  if (
    host.style === 'admin-center' &&
    url.hash.toLowerCase().startsWith(GDAP_FRAGMENT_PREFIX.toLowerCase())
  ) {
    return parseGdap(host, url);
  }
  const params = queryOf(url);
  if (!(params instanceof Map)) return params;
  return parseReseller(host, url, params);
}

/** Wrappers inside wrappers (a forwarded mail) are opened this many times at most. */
const MAX_UNWRAP_DEPTH = 2;

/**
 * Outlook Safe Links: `https://<region>.safelinks.protection.outlook.com/?url=<link>&data=…`.
 * The host was checked exactly (one region label); the inner link must pass every check
 * itself, and the result says that it was unwrapped.
 */
function unwrapSafeLinks(url: URL, depth: number): InvitationLinkResult {
  const inner = url.pathname === '/' ? url.searchParams.getAll('url') : [];
  if (inner.length !== 1 || depth >= MAX_UNWRAP_DEPTH) {
    return fail(
      inner.length > 1 ? 'duplicate-parameter' : 'missing-parameter',
      'This Outlook Safe Links address holds no single link to open.',
      'url',
    );
  }
  const result = parseCandidate(inner[0]!.trim(), depth + 1);
  if (result.ok) return { ok: true, link: { ...result.link, unwrapped: 'outlook-safe-links' } };
  return { ok: false, error: { ...result.error, unwrapped: 'outlook-safe-links' } };
}

function readText(text: string): InvitationLinkResult {
  const candidates = linkCandidates(text);
  if (candidates.length === 0) {
    return fail('not-a-url', 'No web address found in the text.');
  }
  const results = candidates.map((candidate) => parseCandidate(candidate));
  const good = results.filter((r): r is Extract<InvitationLinkResult, { ok: true }> => r.ok);
  const distinct = new Set(good.map((r) => r.link.url));
  if (distinct.size > 1) {
    return fail('multiple-links', 'The text holds more than one invitation link. Paste one.');
  }
  return good[0] ?? results[0]!;
}

/**
 * Reads what a person pasted: a link, possibly with whitespace around it, inside a German or
 * Chinese sentence without spaces, with `&amp;` from HTML mail, broken across lines by
 * plain-text mail, or wrapped by Outlook Safe Links. Accepts only https links on the exact
 * hosts in `INVITATION_HOSTS`; everything else is refused with a stable code.
 */
export function parseInvitationLink(text: string): InvitationLinkResult {
  try {
    if (typeof text !== 'string' || text.trim() === '') {
      return fail('empty', 'Paste the invitation link from Partner Center.');
    }
    if (text.length > MAX_INPUT_LENGTH) {
      return fail('too-long', `The text is longer than ${MAX_INPUT_LENGTH} characters.`);
    }
    const decoded = decodeAmpersands(text);
    const joined = joinBrokenLinks(decoded);
    const asPasted = readText(decoded);
    if (joined === decoded) return asPasted;
    const asJoined = readText(joined);
    return asJoined.ok ? asJoined : asPasted;
  } catch {
    // Defensive: nothing above should throw, but the contract is "never throws".
    return fail('not-a-url', 'This is not a link that can be read.');
  }
}

// ── Building ─────────────────────────────────────────────────────────────────────────

export interface InvitationLinkRequest {
  cloud: 'global' | '21vianet';
  /** The partner's own tenant id (direct partner or indirect provider). */
  partnerTenantId: string;
  /** Indirect provider only: the reseller who gets the relationship's admin rights. */
  reseller?: { tenantId: string; partnerId: string };
}

export type BuildField = 'cloud' | 'partnerTenantId' | 'resellerTenantId' | 'resellerPartnerId';

export interface BuildError {
  field: BuildField;
  code: 'missing' | 'invalid-tenant-id' | 'invalid-partner-id' | 'unknown-cloud' | 'same-tenant';
  message: string;
}

export type BuildResult = { ok: true; link: InvitationLink } | { ok: false; errors: BuildError[] };

/** Trims and removes the braces some tools put around GUIDs. */
function cleanId(value: string | undefined): string {
  return (value ?? '')
    .trim()
    .replace(/^\{(.*)\}$/, '$1')
    .trim();
}

function checkTenant(field: BuildField, value: string, errors: BuildError[]): string {
  const id = cleanId(value);
  if (id === '') errors.push({ field, code: 'missing', message: `Enter the ${field} (a GUID).` });
  else if (!isTenantId(id)) {
    errors.push({
      field,
      code: 'invalid-tenant-id',
      message: `"${id}" is not a tenant id. Expected a GUID like 0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0.`,
    });
  }
  return id.toLowerCase();
}

/**
 * Builds the invitation link for a direct partner or, with `reseller`, for an indirect
 * provider naming a reseller. The result parses back to the same values.
 */
export function buildInvitationLink(request: InvitationLinkRequest): BuildResult {
  const errors: BuildError[] = [];
  const host = INVITATION_HOSTS.find((h) => h.buildsLinks && h.cloud === request.cloud);
  if (!host) {
    errors.push({
      field: 'cloud',
      code: 'unknown-cloud',
      message: `Unknown cloud "${String(request.cloud)}". Allowed: global, 21vianet.`,
    });
  }
  const partner = checkTenant('partnerTenantId', request.partnerTenantId, errors);
  const query = new URLSearchParams();
  if (request.reseller) {
    const reseller = checkTenant('resellerTenantId', request.reseller.tenantId, errors);
    const partnerId = (request.reseller.partnerId ?? '').trim();
    if (partnerId === '') {
      errors.push({
        field: 'resellerPartnerId',
        code: 'missing',
        message: "Enter the reseller's Partner ID.",
      });
    } else if (!isPartnerId(partnerId)) {
      errors.push({
        field: 'resellerPartnerId',
        code: 'invalid-partner-id',
        message: `"${partnerId}" is not a Partner ID. Expected digits only, e.g. 4847383.`,
      });
    }
    if (reseller !== '' && reseller === partner && isTenantId(reseller)) {
      errors.push({
        field: 'resellerTenantId',
        code: 'same-tenant',
        message: "The reseller's tenant id is your own. Enter the reseller's tenant id.",
      });
    }
    query.set('invType', 'IndirectResellerRelationship');
    query.set('partnerId', partner);
    query.set('msppId', partnerId);
    query.set('indirectCSPId', reseller);
  } else {
    query.set('invType', 'ResellerRelationship');
    query.set('partnerId', partner);
    query.set('msppId', '0');
  }
  // No DAP opt-in in the global cloud: Microsoft no longer grants delegated admin privileges
  // through a reseller relationship there (claim dap-retired, scoped to global; admin access is
  // a separate GDAP request), so built links say DAP=false. For 21Vianet no current page says
  // so (its 2016 page says the relationship adds delegated admin privileges), so the builder
  // leaves DAP out rather than decide it.
  if (request.cloud === 'global') query.set('DAP', 'false');
  if (errors.length > 0 || !host) return { ok: false, errors };

  const url = `https://${host.host}/Adminportal/Home?${query.toString()}${RESELLER_FRAGMENTS[0]}`;
  const parsed = parseInvitationLink(url);
  if (!parsed.ok) {
    // Would mean builder and parser disagree: a bug, caught by the round-trip tests.
    throw new Error(`Built link does not parse: ${parsed.error.message}`);
  }
  return { ok: true, link: parsed.link };
}
