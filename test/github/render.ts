// JSON shapes, following the schemas in @octokit/openapi (every required property present).
import type { Hub } from './server.js';
import type { AssetRec, IssueRec, LabelRec, ReleaseRec, RepoRec } from './state.js';
import type { ChangedFile, CommitInfo } from './git.js';
import { iso } from './http.js';

const nodeId = (kind: string, id: number | string) => Buffer.from(`0:${kind}${id}`).toString('base64').replace(/=+$/, '');

export function userJson(hub: Hub, login: string, id: number) {
  const api = `${hub.apiUrl}/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: nodeId('User', id),
    avatar_url: `${hub.url}/avatars/u/${id}?v=4`,
    gravatar_id: '',
    url: api,
    // Bots live under /apps/<slug> on GitHub ([ and ] are not valid in a URI path).
    html_url: login.endsWith('[bot]') ? `${hub.url}/apps/${encodeURIComponent(login.slice(0, -5))}` : `${hub.url}/${encodeURIComponent(login)}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: login.endsWith('[bot]') ? 'Bot' : 'User',
    user_view_type: 'public',
    site_admin: false,
  };
}

export function ownerJson(hub: Hub, repo: RepoRec) {
  // Stable id derived from the owner name so the same owner always has the same id.
  let h = 0;
  for (const c of repo.owner.toLowerCase()) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return userJson(hub, repo.owner, 10_000_000 + (h % 10_000_000));
}

/** `repository` / `full-repository` shapes. */
export function repoJson(hub: Hub, repo: RepoRec, o: { full?: boolean; admin?: boolean; push?: boolean } = {}) {
  const api = `${hub.apiUrl}/repos/${repo.fullName}`;
  const html = `${hub.url}/${repo.fullName}`;
  const host = new URL(hub.url).host;
  const t = iso(repo.createdAt);
  const openIssues = [...repo.issues.values()].filter((i) => i.state === 'open').length;
  const base: Record<string, unknown> = {
    id: repo.id,
    node_id: nodeId('Repository', repo.id),
    name: repo.name,
    full_name: repo.fullName,
    private: repo.private,
    owner: ownerJson(hub, repo),
    html_url: html,
    description: null,
    fork: false,
    url: api,
    forks_url: `${api}/forks`,
    keys_url: `${api}/keys{/key_id}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    teams_url: `${api}/teams`,
    hooks_url: `${api}/hooks`,
    issue_events_url: `${api}/issues/events{/number}`,
    events_url: `${api}/events`,
    assignees_url: `${api}/assignees{/user}`,
    branches_url: `${api}/branches{/branch}`,
    tags_url: `${api}/tags`,
    blobs_url: `${api}/git/blobs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    trees_url: `${api}/git/trees{/sha}`,
    statuses_url: `${api}/statuses/{sha}`,
    languages_url: `${api}/languages`,
    stargazers_url: `${api}/stargazers`,
    contributors_url: `${api}/contributors`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    commits_url: `${api}/commits{/sha}`,
    git_commits_url: `${api}/git/commits{/sha}`,
    comments_url: `${api}/comments{/number}`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    contents_url: `${api}/contents/{+path}`,
    compare_url: `${api}/compare/{base}...{head}`,
    merges_url: `${api}/merges`,
    archive_url: `${api}/{archive_format}{/ref}`,
    downloads_url: `${api}/downloads`,
    issues_url: `${api}/issues{/number}`,
    pulls_url: `${api}/pulls{/number}`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    labels_url: `${api}/labels{/name}`,
    releases_url: `${api}/releases{/id}`,
    deployments_url: `${api}/deployments`,
    created_at: t,
    updated_at: t,
    pushed_at: t,
    git_url: `git://${host}/${repo.fullName}.git`,
    ssh_url: `git@${host}:${repo.fullName}.git`,
    clone_url: `${hub.url}/${repo.fullName}.git`,
    svn_url: html,
    homepage: null,
    size: 0,
    stargazers_count: 0,
    watchers_count: 0,
    language: null,
    has_issues: true,
    has_projects: true,
    has_downloads: true,
    has_wiki: true,
    has_pages: false,
    has_discussions: false,
    forks_count: 0,
    mirror_url: null,
    archived: repo.archived,
    disabled: false,
    open_issues_count: openIssues,
    license: null,
    allow_forking: true,
    is_template: false,
    web_commit_signoff_required: false,
    topics: [],
    visibility: repo.private ? 'private' : 'public',
    forks: 0,
    open_issues: openIssues,
    watchers: 0,
    default_branch: repo.defaultBranch,
  };
  if (o.push !== undefined) {
    base.permissions = { admin: !!o.admin, maintain: !!o.push, push: !!o.push, triage: !!o.push, pull: true };
  }
  if (o.full) {
    Object.assign(base, {
      temp_clone_token: '',
      allow_squash_merge: true,
      allow_merge_commit: true,
      allow_rebase_merge: true,
      allow_auto_merge: false,
      delete_branch_on_merge: false,
      allow_update_branch: false,
      use_squash_pr_title_as_default: false,
      squash_merge_commit_message: 'COMMIT_MESSAGES',
      squash_merge_commit_title: 'COMMIT_OR_PR_TITLE',
      merge_commit_message: 'PR_TITLE',
      merge_commit_title: 'MERGE_MESSAGE',
      network_count: 0,
      subscribers_count: 0,
    });
  }
  return base;
}

export function assetJson(hub: Hub, repo: RepoRec, a: AssetRec) {
  const rel = repo.releases.get(a.releaseId);
  const tag = rel && !rel.draft ? rel.tagName : `untagged-${a.releaseId}`;
  return {
    url: `${hub.apiUrl}/repos/${repo.fullName}/releases/assets/${a.id}`,
    id: a.id,
    node_id: nodeId('ReleaseAsset', a.id),
    name: a.name,
    label: a.label,
    uploader: userJson(hub, a.uploader, a.uploaderId),
    content_type: a.contentType,
    state: a.state,
    size: a.size,
    digest: a.digest,
    download_count: a.downloadCount,
    created_at: iso(a.createdAt),
    updated_at: iso(a.updatedAt),
    browser_download_url: `${hub.url}/${repo.fullName}/releases/download/${encodeURIComponent(tag)}/${encodeURIComponent(a.name)}`,
  };
}

export function releaseAssets(repo: RepoRec, releaseId: number): AssetRec[] {
  return [...repo.assets.values()].filter((a) => a.releaseId === releaseId).sort((a, b) => a.id - b.id);
}

export function releaseJson(hub: Hub, repo: RepoRec, r: ReleaseRec) {
  const api = `${hub.apiUrl}/repos/${repo.fullName}`;
  const htmlTag = r.draft ? `untagged-${r.id}` : r.tagName;
  return {
    url: `${api}/releases/${r.id}`,
    assets_url: `${api}/releases/${r.id}/assets`,
    upload_url: `${hub.url}/api/uploads/repos/${repo.fullName}/releases/${r.id}/assets{?name,label}`,
    html_url: `${hub.url}/${repo.fullName}/releases/tag/${encodeURIComponent(htmlTag)}`,
    id: r.id,
    author: userJson(hub, r.author, r.authorId),
    node_id: nodeId('Release', r.id),
    tag_name: r.tagName,
    target_commitish: r.targetCommitish,
    name: r.name,
    draft: r.draft,
    immutable: r.immutable,
    prerelease: r.prerelease,
    created_at: iso(r.createdAt),
    updated_at: iso(r.updatedAt),
    published_at: iso(r.publishedAt),
    assets: releaseAssets(repo, r.id).map((a) => assetJson(hub, repo, a)),
    tarball_url: `${api}/tarball/${encodeURIComponent(r.tagName)}`,
    zipball_url: `${api}/zipball/${encodeURIComponent(r.tagName)}`,
    body: r.body,
  };
}

function gitUser(name: string, email: string, date: string) {
  return { name, email, date: date.replace(/([+-]00:00)$/, 'Z') };
}

/** `commit` shape; `files`/`stats` only when given (single-commit and compare endpoints). */
export function commitJson(hub: Hub, repo: RepoRec, c: CommitInfo, files?: ChangedFile[]) {
  const api = `${hub.apiUrl}/repos/${repo.fullName}`;
  const html = `${hub.url}/${repo.fullName}`;
  const out: Record<string, unknown> = {
    sha: c.sha,
    node_id: nodeId('Commit', c.sha),
    commit: {
      author: gitUser(c.authorName, c.authorEmail, c.authorDate),
      committer: gitUser(c.committerName, c.committerEmail, c.committerDate),
      message: c.message,
      tree: { sha: c.tree, url: `${api}/git/trees/${c.tree}` },
      url: `${api}/git/commits/${c.sha}`,
      comment_count: 0,
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    },
    url: `${api}/commits/${c.sha}`,
    html_url: `${html}/commit/${c.sha}`,
    comments_url: `${api}/commits/${c.sha}/comments`,
    // Commits written by the stand-in are not linked to an account, as with an unknown email on GitHub.
    author: null,
    committer: null,
    parents: c.parents.map((p) => ({ sha: p, url: `${api}/commits/${p}`, html_url: `${html}/commit/${p}` })),
  };
  if (files) {
    const additions = files.reduce((s, f) => s + f.additions, 0);
    const deletions = files.reduce((s, f) => s + f.deletions, 0);
    out.stats = { total: additions + deletions, additions, deletions };
    out.files = files.map((f) => diffEntryJson(hub, repo, c.sha, f));
  }
  return out;
}

export function diffEntryJson(hub: Hub, repo: RepoRec, ref: string, f: ChangedFile) {
  const api = `${hub.apiUrl}/repos/${repo.fullName}`;
  const path = f.filename.split('/').map(encodeURIComponent).join('/');
  const e: Record<string, unknown> = {
    sha: f.sha,
    filename: f.filename,
    status: f.status,
    additions: f.additions,
    deletions: f.deletions,
    changes: f.additions + f.deletions,
    blob_url: `${hub.url}/${repo.fullName}/blob/${ref}/${path}`,
    raw_url: `${hub.url}/${repo.fullName}/raw/${ref}/${path}`,
    contents_url: `${api}/contents/${path}?ref=${ref}`,
  };
  if (f.previous_filename !== undefined) e.previous_filename = f.previous_filename;
  return e;
}

export function refJson(hub: Hub, repo: RepoRec, ref: string, sha: string, type: string) {
  const api = `${hub.apiUrl}/repos/${repo.fullName}`;
  return {
    ref,
    node_id: nodeId('Ref', `${repo.id}:${ref}`),
    url: `${api}/git/${ref}`,
    object: { sha, type, url: `${api}/git/${type === 'tag' ? 'tags' : 'commits'}/${sha}` },
  };
}

export function labelJson(hub: Hub, repo: RepoRec, l: LabelRec) {
  return {
    id: l.id,
    node_id: nodeId('Label', l.id),
    url: `${hub.apiUrl}/repos/${repo.fullName}/labels/${encodeURIComponent(l.name)}`,
    name: l.name,
    color: l.color,
    default: l.default,
    description: l.description,
  };
}

export function issueLabels(hub: Hub, repo: RepoRec, i: IssueRec) {
  return i.labels
    .map((n) => repo.labels.get(n.toLowerCase()))
    .filter((l): l is LabelRec => !!l)
    .map((l) => labelJson(hub, repo, l));
}

export function issueJson(hub: Hub, repo: RepoRec, i: IssueRec) {
  const api = `${hub.apiUrl}/repos/${repo.fullName}`;
  const out: Record<string, unknown> = {
    url: `${api}/issues/${i.number}`,
    repository_url: api,
    labels_url: `${api}/issues/${i.number}/labels{/name}`,
    comments_url: `${api}/issues/${i.number}/comments`,
    events_url: `${api}/issues/${i.number}/events`,
    html_url: `${hub.url}/${repo.fullName}/${i.pull ? 'pull' : 'issues'}/${i.number}`,
    id: i.id,
    node_id: nodeId(i.pull ? 'PullRequest' : 'Issue', i.id),
    number: i.number,
    title: i.title,
    user: userJson(hub, i.user, i.userId),
    labels: issueLabels(hub, repo, i),
    state: i.state,
    locked: false,
    assignee: null,
    assignees: [],
    milestone: null,
    comments: 0,
    created_at: iso(i.createdAt),
    updated_at: iso(i.updatedAt),
    closed_at: iso(i.closedAt),
    author_association: 'CONTRIBUTOR',
    active_lock_reason: null,
    body: i.body,
    closed_by: null,
    state_reason: i.state === 'closed' ? 'completed' : null,
    timeline_url: `${api}/issues/${i.number}/timeline`,
    performed_via_github_app: null,
  };
  if (i.pull) {
    out.draft = i.pull.draft;
    out.pull_request = {
      url: `${api}/pulls/${i.number}`,
      html_url: `${hub.url}/${repo.fullName}/pull/${i.number}`,
      diff_url: `${hub.url}/${repo.fullName}/pull/${i.number}.diff`,
      patch_url: `${hub.url}/${repo.fullName}/pull/${i.number}.patch`,
      merged_at: iso(i.pull.mergedAt),
    };
  }
  return out;
}
