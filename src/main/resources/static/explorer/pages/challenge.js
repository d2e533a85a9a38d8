// A challenge: its state and history, the teams that applied, the teams proposed for it with a
// coverage matrix; and, for organizers, posting, shortlisting and awarding.
import { nodes, preload, run } from '../api.js';
import { emptyBox, errorBox, field, h, select, table } from '../dom.js';
import { nm, t } from '../i18n.js';

preload('ChallengeList', 'Challenge', 'ChallengeProposals');

export async function render(container, params, { navigate, can }) {
	const challenges = nodes((await run('ChallengeList')).challenges);
	const id = params.get('challenge') || (challenges[0] && challenges[0].id);
	const picker = select(challenges.map((c) => [c.id, `${nm(c)} · ${t(c.status)}`]), id,
		{ id: 'challenge-select', onchange: (event) => navigate({ challenge: event.target.value }) });
	container.append(h('h2', {}, t('challenge')), h('form', { class: 'filters', onsubmit: (event) => event.preventDefault() },
		field('chooseChallenge', picker)));
	if (can('ORGANIZER', 'ADMIN')) {
		container.append(await postForm(navigate));
	}
	if (!id) {
		container.append(emptyBox());
		return;
	}
	const data = await run('Challenge', { id });
	const challenge = data.challenge;
	if (!challenge) {
		container.append(emptyBox());
		return;
	}
	let proposals = [];
	if (challenge.status === 'OPEN') {
		// Asked only for an OPEN challenge: teamsFor refuses any other, and an error would take the
		// whole page's answer with it.
		try {
			proposals = (await run('ChallengeProposals', { id })).teamsFor;
		}
		catch (error) {
			// Past its deadline and not yet swept: no proposals, as for a closed one.
			proposals = [];
		}
	}
	const history = nodes(challenge.history).sort((a, b) => String(a.at).localeCompare(String(b.at)));
	const applicants = challenge.applicants.edges;
	container.append(
		h('section', { 'aria-labelledby': 'ch-h', class: 'challenge' },
			h('h3', { id: 'ch-h' }, nm(challenge), ' ', h('span', { class: `status status-${challenge.status}` }, t(challenge.status))),
			challenge.description ? h('p', {}, challenge.description) : '',
			h('dl', { class: 'facts' },
				fact('mode', t(challenge.mode)), fact('budget', challenge.budget?.toLocaleString()), fact('deadline', challenge.deadline),
				fact('postedAt', challenge.postedAt), fact('postedBy', nodes(challenge.posters).map(nm).join('、')),
				fact('chainField', nodes(challenge.chains).map(nm).join('、')), fact('targets', nodes(challenge.targets).map(nm).join('、')))),
		h('div', { class: 'split' },
			h('section', { class: 'main-col', 'aria-labelledby': 'apps-h' }, h('h3', { id: 'apps-h' }, t('applications')),
				applicants.length ? applicationsTable(applicants, challenge, can, navigate) : emptyBox(),
				h('h3', {}, t('proposals')), proposals.length ? h('div', { id: 'proposals' }, proposals.map(proposal)) : emptyBox()),
			h('aside', { class: 'side-col', 'aria-labelledby': 'hist-h' }, h('h3', { id: 'hist-h' }, t('history')),
				history.length ? h('ol', { class: 'history' }, history.map((change) => h('li', {},
					h('strong', {}, t(change.status)), ` ${change.at || ''}`, change.actor ? ` · ${change.actor}` : '',
					change.note ? h('div', { class: 'hint' }, change.note) : ''))) : emptyBox())));
}

function fact(key, value) {
	return value ? [h('dt', {}, t(key)), h('dd', {}, value)] : [];
}

function applicationsTable(applicants, challenge, can, navigate) {
	const organizer = can('ORGANIZER', 'ADMIN');
	const rows = applicants.map((edge) => [
		organizer && challenge.status === 'OPEN' ? h('input', { type: 'checkbox', value: edge.node.id, 'aria-label': nm(edge.node), class: 'shortlist-pick' }) : '',
		nm(edge.node), t(edge.status),
		edge.node.members.edges.map((m) => `${nm(m.node)} (${t(m.role)})`).join('、'),
		organizer && edge.status === (challenge.mode === 'HORSE_RACE' ? 'FUNDED' : 'SHORTLISTED') && !['AWARDED', 'CLOSED'].includes(challenge.status)
			? h('button', { type: 'button', dataset: { action: 'award' }, onclick: () => act(() => run('AwardChallenge',
				{ challenge: challenge.id, team: edge.node.id }, { mutation: true }), navigate) }, t('award')) : '',
	]);
	const headers = ['', t('name'), t('status'), t('member'), organizer ? t('actions') : ''];
	const result = h('div', {}, table(headers, rows, { class: 'data', id: 'applications' }));
	if (organizer && challenge.status === 'OPEN') {
		result.append(h('button', { type: 'button', dataset: { action: 'shortlist' }, onclick: () => {
			const teams = [...result.querySelectorAll('.shortlist-pick:checked')].map((box) => box.value);
			act(() => run('ShortlistTeams', { challenge: challenge.id, teams }, { mutation: true }), navigate);
		} }, t('shortlist')));
	}
	return result;
}

/** Runs a signed-in action and shows the page again, or says why it was refused. */
async function act(mutation, navigate) {
	try {
		await mutation();
		await navigate({}, { replace: true });
	}
	catch (error) {
		document.getElementById('main').prepend(errorBox(error));
	}
}

function proposal(team, index) {
	const technologies = team.coverage.map((entry) => entry.technology);
	const rows = team.members.map((member) => [
		h('th', { scope: 'row' }, `${nm(member.expert)} (${t(member.role)})`),
		...team.coverage.map((entry) => entry.coveredBy.includes(member.expert.id)
			? h('td', { class: 'covered' }, h('span', { 'aria-hidden': 'true' }, '●'), h('span', { class: 'sr' }, t('yes')))
			: h('td', { class: 'uncovered' }, h('span', { class: 'sr' }, t('no')))),
	]);
	return h('figure', { class: 'proposal' },
		h('figcaption', {}, `#${index + 1} · ${t('communicationCost')}: ${team.communicationCost} · ${team.method}`),
		h('table', { class: 'matrix', 'aria-label': t('coverage') },
			h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('member')), technologies.map((tech) => h('th', { scope: 'col' }, nm(tech))))),
			h('tbody', {}, rows.map((cells) => h('tr', {}, cells)))));
}

async function postForm(navigate) {
	const choices = await run('PostChallengeChoices');
	const chains = nodes(choices.chains);
	const technologies = nodes(choices.technologies);
	const enterprises = nodes(choices.enterprises);
	const name = h('input', { required: true, id: 'post-name' });
	const nameEn = h('input', { id: 'post-name-en' });
	const poster = select(enterprises.map((e) => [e.id, nm(e)]), null, { id: 'post-poster' });
	const chain = select(chains.map((c) => [c.id, nm(c)]), null, { id: 'post-chain' });
	const techs = select(technologies.map((tech) => [tech.id, nm(tech)]), null, { id: 'post-techs', multiple: true, size: 4 });
	const budget = h('input', { type: 'number', min: 0, step: 10000, required: true, id: 'post-budget', value: 1000000 });
	const deadline = h('input', { type: 'date', required: true, id: 'post-deadline' });
	const mode = select([['OPEN_COMPETITION', t('OPEN_COMPETITION')], ['HORSE_RACE', t('HORSE_RACE')]], 'OPEN_COMPETITION', { id: 'post-mode' });
	return h('details', { class: 'action-panel', dataset: { action: 'post-challenge' } }, h('summary', {}, t('postChallenge')),
		h('form', { class: 'filters', onsubmit: (event) => {
			event.preventDefault();
			const input = { name: name.value, nameEn: nameEn.value || null, poster: poster.value, chain: chain.value,
				technologies: [...techs.selectedOptions].map((option) => option.value), budget: Number(budget.value),
				deadline: deadline.value, mode: mode.value };
			act(async () => {
				const posted = await run('PostChallenge', { input }, { mutation: true });
				await navigate({ challenge: posted.postChallenge.challenge.id });
			}, () => Promise.resolve());
		} }, field('nameZh', name), field('nameEnField', nameEn), field('poster', poster), field('chainField', chain),
		field('technologiesField', techs), field('budget', budget), field('deadline', deadline), field('mode', mode),
		h('button', { type: 'submit' }, t('postChallenge'))));
}
