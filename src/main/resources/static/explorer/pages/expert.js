// One expert's profile: what the graph holds about them and nothing more. A section with nothing
// recorded says so rather than disappearing, so that an empty list reads as "not in the graph"; a
// generated record carries the synthetic marker, the expert's own and every listed node's.
import { nodes, preload, run } from '../api.js';
import { detailsButton } from '../details.js';
import { errorBox, h, table } from '../dom.js';
import { labelOf } from '../graph.js';
import { language, nm, t } from '../i18n.js';
import { typeLabel } from '../evidence.js';
import { profileHref, syntheticBadge } from './experts.js';

preload('ExpertProfile');

export async function render(container, params, { navigate }) {
	const id = params.get('id');
	container.append(h('p', { class: 'back' }, h('a', { href: `?page=experts${language() === 'en' ? '&lang=en' : ''}`, onclick: (event) => {
		event.preventDefault();
		navigate({ page: 'experts' });
	} }, t('xpBack'))));
	if (!id) {
		container.append(h('h2', {}, t('expert')), h('p', { class: 'message empty' }, t('xpNoId')));
		return;
	}
	let expert;
	try {
		expert = (await run('ExpertProfile', { id })).expert;
	}
	catch (error) {
		container.append(h('h2', {}, t('expert')), error.classification === 'NOT_FOUND'
			? h('p', { class: 'message empty', id: 'expert-missing' }, t('xpNotFound').replace('{id}', id))
			: errorBox(error));
		return;
	}
	const open = (node) => linkTo(node, navigate);
	const other = language() === 'en' ? expert.name : expert.nameEn;
	container.append(h('h2', { id: 'expert-name' }, h('span', { class: 'nm' }, nm(expert)),
		other && other !== nm(expert) ? h('span', { class: 'other-name nm' }, other) : '',
		expert.academician ? h('span', { class: 'badge' }, t(`evAcademician_${expert.academician}`)) : '',
		expert.synthetic ? syntheticBadge() : ''));
	if (expert.synthetic) {
		container.append(h('p', { class: 'message synthetic-note', id: 'expert-synthetic' }, t('evSyntheticTip')));
	}
	container.append(facts(expert, open));
	container.append(section('expert-expertise', t('xpExpertise'), expertise(expert, open)));
	container.append(section('expert-publications', t('xpPublications'), publications(expert, open)));
	container.append(section('expert-coauthors', t('xpCoauthors'), coauthors(expert, open)));
	container.append(section('expert-challenges', t('xpChallenges'), challenges(expert, open)));
	container.append(section('expert-achievements', t('xpAchievements'), achievements(expert, open)));
	container.append(section('expert-consortia', t('xpConsortia'), consortia(expert, open)));
	container.append(section('expert-sources', t('xpSources'), sources(expert)));
}

function section(id, title, content) {
	return h('section', { id, 'aria-labelledby': `${id}-h` }, h('h3', { id: `${id}-h` }, title),
		content || h('p', { class: 'hint none' }, t('xpNone')));
}

// A node of the profile: an expert opens their profile, anything else the explore page.
function linkTo(node, navigate) {
	const kind = labelOf(node);
	const attributes = kind === 'Expert'
		? { href: profileHref(node.id), onclick: (event) => {
			event.preventDefault();
			navigate({ page: 'expert', id: node.id });
		} }
		: { href: `?page=explore&open=${encodeURIComponent(`${kind}:${node.id}`)}${language() === 'en' ? '&lang=en' : ''}` };
	return [h('a', { class: 'nm', ...attributes }, nm(node)), node.synthetic ? [' ', syntheticBadge()] : '', detailsButton(node, navigate)];
}

function facts(expert, open) {
	const affiliations = nodes(expert.affiliations);
	const rows = [
		['xpTitle', expert.title ? h('span', { class: 'nm' }, expert.title) : null],
		['xpAcademician', expert.academician ? t(`evAcademician_${expert.academician}`) : null],
		['xpAffiliations', affiliations.length ? affiliations.map((node, index) => [index ? t('listSeparator') : '', open(node),
			h('span', { class: 'type' }, typeLabel(labelOf(node)))]) : null],
		['xpDescription', expert.description ? h('span', { class: 'nm' }, expert.description) : null],
		['xpConfidence', expert.confidence ? t(`xpConfidence_${expert.confidence}`) : null],
		['xpNotes', expert.notes ? h('span', { class: 'nm' }, expert.notes) : null],
	].filter(([, value]) => value);
	return h('dl', { class: 'facts', id: 'expert-facts' }, rows.map(([key, value]) => [h('dt', {}, t(key)), h('dd', { dataset: { fact: key } }, value)]));
}

function shownOf(connection, shown) {
	return connection.totalCount > shown ? h('p', { class: 'hint' }, t('xpShownOf').replace('{shown}', shown).replace('{total}', connection.totalCount)) : '';
}

function expertise(expert, open) {
	const edges = [...expert.expertise.edges].sort((a, b) => (b.level || 0) - (a.level || 0) || nm(a.node).localeCompare(nm(b.node)));
	if (!edges.length) {
		return null;
	}
	return [table([t('technology'), t('xpLevel')], edges.map((edge) => [open(edge.node),
		edge.level ? h('span', { class: 'level', dataset: { level: edge.level }, 'aria-label': `${edge.level}/5` },
			h('span', { class: 'dots', 'aria-hidden': 'true' }, '●'.repeat(edge.level) + '○'.repeat(Math.max(0, 5 - edge.level))), ` ${edge.level}/5`) : '']),
	{ class: 'data', id: 'expertise-table' }), shownOf(expert.expertise, edges.length)];
}

function publications(expert, open) {
	const items = nodes(expert.publications).sort((a, b) => (b.year || 0) - (a.year || 0));
	if (!items.length) {
		return null;
	}
	const title = (publication) => ({ ...publication, name: publication.title || publication.name, nameEn: publication.titleEn || publication.nameEn });
	// A venue column only where the graph records some venue.
	const venues = items.some((publication) => publication.venue);
	const headers = [t('name'), t('xpKind'), t('xpYear'), venues ? t('xpVenue') : null].filter(Boolean);
	return [table(headers, items.map((publication) => [open(title(publication)),
		publication.kind ? t(`xpKind_${publication.kind}`) : '', publication.year ?? '',
		venues ? (publication.venue ? h('span', { class: 'nm' }, publication.venue) : '') : null].filter((cell) => cell !== null)),
	{ class: 'data', id: 'publications-table' }), shownOf(expert.publications, items.length)];
}

// Co-authors are the other authors of the publications above, with how many they share.
function coauthors(expert, open) {
	const byId = new Map();
	for (const publication of nodes(expert.publications)) {
		for (const author of nodes(publication.authors)) {
			if (author.id !== expert.id) {
				const entry = byId.get(author.id) || { author, count: 0 };
				entry.count++;
				byId.set(author.id, entry);
			}
		}
	}
	const rows = [...byId.values()].sort((a, b) => b.count - a.count || nm(a.author).localeCompare(nm(b.author)));
	if (!rows.length) {
		return null;
	}
	return table([t('name'), t('xpShared')], rows.map((row) => [open(row.author), row.count]), { class: 'data', id: 'coauthors-table' });
}

function challenges(expert, open) {
	const rows = expert.teams.edges.flatMap((team) => team.node.applications.edges.map((application) => [open(application.node),
		[open(team.node), team.role ? h('span', { class: 'type' }, t(team.role)) : ''],
		application.status ? h('span', { class: 'status', dataset: { status: application.status } }, t(application.status)) : '']));
	if (!rows.length) {
		return null;
	}
	return table([t('xpChallenge'), t('xpTeam'), t('xpApplication')], rows, { class: 'data', id: 'challenges-table' });
}

// The expert's own results, then those of their teams, each saying by whom.
function achievements(expert, open) {
	const own = nodes(expert.achievements).map((achievement) => ({ achievement, by: null }));
	const teams = expert.teams.edges.flatMap((team) => nodes(team.node.achievements).map((achievement) => ({ achievement, by: team.node })));
	const items = [...own, ...teams].sort((a, b) => (b.achievement.year || 0) - (a.achievement.year || 0));
	if (!items.length) {
		return null;
	}
	return table([t('name'), t('xpKind'), t('xpYear'), t('xpAchievedBy')], items.map(({ achievement, by }) => [open(achievement),
		achievement.kind ? t(`xpAchievement_${achievement.kind}`) : '', achievement.year ?? '', by ? open(by) : t('xpThemselves')]),
	{ class: 'data', id: 'achievements-table' });
}

function consortia(expert, open) {
	const edges = expert.advisedConsortia.edges;
	if (!edges.length) {
		return null;
	}
	return table([t('xpConsortium'), t('role')], edges.map((edge) => [open(edge.node), edge.role ? t(`xpRole_${edge.role}`) : '']),
		{ class: 'data', id: 'consortia-table' });
}

// Where the record comes from; a link removed as spam is named, not linked.
function sources(expert) {
	const items = nodes(expert.sources);
	if (!items.length) {
		return null;
	}
	return h('ul', { class: 'sources', id: 'expert-source-list' }, items.map((source) => h('li', { dataset: { kind: source.kind || 'UNKNOWN' } },
		source.url && source.kind !== 'SPAM_REMOVED' ? h('a', { href: source.url, rel: 'noopener noreferrer', class: 'nm' }, source.outlet || nm(source))
			: h('span', { class: 'nm' }, source.outlet || nm(source)),
		' ', h('span', { class: `source-kind ${source.kind || ''}` }, t(`source_${source.kind || 'UNKNOWN'}`)))));
}
