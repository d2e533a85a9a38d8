// A challenge: its state and history, the teams that applied, the teams proposed for it with a
// coverage matrix; and, for organizers, posting, shortlisting, funding a horse race, awarding and
// closing, each checked in the page before it is sent.
import { nodes, preload, run } from '../api.js';
import { emptyBox, errorBox, field, h, select, table } from '../dom.js';
import { language, nm, t } from '../i18n.js';

preload('ChallengeList', 'Challenge', 'ChallengeProposals');

export async function render(container, params, { navigate, can }) {
	const challenges = nodes((await run('ChallengeList')).challenges);
	const id = params.get('challenge') || (challenges[0] && challenges[0].id);
	const picker = select(challenges.map((c) => [c.id, `${nm(c)} · ${t(c.status)}`]), id,
		{ id: 'challenge-select', onchange: (event) => navigate({ challenge: event.target.value }) });
	const said = outcome;
	outcome = null;
	container.append(h('h2', {}, t('challenge')),
		said ? h('p', { class: 'message done', role: 'status', id: 'action-outcome' }, said) : '', h('form', { class: 'filters', onsubmit: (event) => event.preventDefault() },
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
				fact('postedAt', when(challenge.postedAt)), fact('postedBy', nodes(challenge.posters).map(nm).join('、')),
				fact('chainField', nodes(challenge.chains).map(nm).join('、')), fact('targets', nodes(challenge.targets).map(nm).join(t('listSeparator'))),
				fact('formMaxPartners', challenge.maxPartners ?? null),
				fact('formRequireCoverage', challenge.requireCoverage === null || challenge.requireCoverage === undefined ? null
					: t(challenge.requireCoverage ? 'yes' : 'no')))),
		h('div', { class: 'split' },
			h('section', { class: 'main-col', 'aria-labelledby': 'apps-h' }, h('h3', { id: 'apps-h' }, t('applications')),
				applicants.length ? applicationsTable(applicants, challenge, can, navigate) : emptyBox(),
				h('h3', {}, t('proposals')), proposals.length ? h('div', { id: 'proposals' }, proposals.map(proposal)) : emptyBox()),
			h('aside', { class: 'side-col', 'aria-labelledby': 'hist-h' }, h('h3', { id: 'hist-h' }, t('history')),
				history.length ? h('ol', { class: 'history' }, history.map((change) => h('li', {},
					h('strong', {}, t(change.status)), ` ${when(change.at)}`, change.actor ? ` · ${actor(change.actor)}` : '',
					change.note ? h('div', { class: 'hint' }, historyNote(change.note)) : ''))) : emptyBox())));
}

function fact(key, value) {
	return value ? [h('dt', {}, t(key)), h('dd', {}, value)] : [];
}

function applicationsTable(applicants, challenge, can, navigate) {
	const organizer = can('ORGANIZER', 'ADMIN');
	const open = challenge.status === 'OPEN';
	// A horse race funds two or three of its shortlisted teams before one is chosen.
	const funding = challenge.mode === 'HORSE_RACE' && challenge.status === 'SHORTLISTING';
	const awardable = challenge.mode === 'HORSE_RACE' ? 'FUNDED' : 'SHORTLISTED';
	const rows = applicants.map((edge) => [
		organizer && (open || (funding && edge.status === 'SHORTLISTED'))
			? h('input', { type: 'checkbox', value: edge.node.id, 'aria-label': nm(edge.node), class: 'team-pick' }) : '',
		nm(edge.node), t(edge.status),
		edge.node.members.edges.map((m) => `${nm(m.node)} (${t(m.role)})`).join(t('listSeparator')),
		organizer && edge.status === awardable && !['AWARDED', 'CLOSED'].includes(challenge.status)
			? h('button', { type: 'button', dataset: { action: 'award' }, onclick: (event) => confirmStep(event.target,
				fill(t('formAwardConfirm'), { team: nm(edge.node) }),
				() => act(() => run('AwardChallenge', { challenge: challenge.id, team: edge.node.id }, { mutation: true }),
					navigate, fill(t('formAwarded'), { team: nm(edge.node) }))) }, t('award')) : '',
	]);
	const headers = ['', t('name'), t('status'), t('member'), organizer ? t('actions') : ''];
	const result = h('div', {}, table(headers, rows, { class: 'data', id: 'applications' }));
	if (!organizer) {
		return result;
	}
	const picked = () => [...result.querySelectorAll('.team-pick:checked')].map((box) => box.value);
	const notice = h('div', { class: 'form-notice' });
	if (open) {
		result.append(h('button', { type: 'button', dataset: { action: 'shortlist' }, onclick: () => {
			const teams = picked();
			// The service would refuse an empty shortlist with its own wording; say it here, before sending.
			if (!teams.length) {
				notice.replaceChildren(invalid(t('formShortlistNone')));
				return;
			}
			act(() => run('ShortlistTeams', { challenge: challenge.id, teams }, { mutation: true }), navigate,
				fill(t('formShortlisted'), { count: teams.length }));
		} }, t('shortlist')));
	}
	if (funding) {
		result.append(h('button', { type: 'button', dataset: { action: 'fund' }, onclick: () => {
			const teams = picked();
			if (teams.length < 2 || teams.length > 3) {
				notice.replaceChildren(invalid(t('formFundCount')));
				return;
			}
			act(() => run('FundTeams', { challenge: challenge.id, teams }, { mutation: true }), navigate,
				fill(t('formFunded'), { count: teams.length }));
		} }, t('formFund')));
	}
	if (challenge.status !== 'CLOSED') {
		result.append(h('button', { type: 'button', class: 'danger', dataset: { action: 'close' }, onclick: (event) => confirmStep(event.target,
			t('formCloseConfirm'), () => act(() => run('CloseChallenge', { challenge: challenge.id }, { mutation: true }), navigate,
				t('formClosed'))) }, t('formClose')));
	}
	result.append(notice);
	return result;
}

/** Fills {name} placeholders of a label. */
function fill(text, values) {
	return text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/** A check the page makes before sending: said next to the form, and read out. */
function invalid(text) {
	return h('p', { class: 'message error', role: 'alert' }, text);
}

/**
 * Asks, next to the button, before a step that cannot be undone (award, close); in the page rather
 * than window.confirm, so that it reads in the page's language and keyboard users stay in place.
 */
function confirmStep(button, question, onConfirm) {
	document.querySelectorAll('.confirm-step').forEach((box) => box.remove());
	const box = h('div', { class: 'confirm-step', role: 'alertdialog', 'aria-label': t('formConfirmTitle') },
		h('p', {}, question));
	const yes = h('button', { type: 'button', dataset: { confirm: 'yes' }, onclick: () => {
		box.remove();
		onConfirm();
	} }, t('formConfirmYes'));
	const no = h('button', { type: 'button', dataset: { confirm: 'no' }, onclick: () => {
		box.remove();
		button.focus();
	} }, t('cancel'));
	box.append(yes, no);
	button.after(box);
	no.focus();
}

// What the last action did, shown once at the top of the page it leads to.
let outcome = null;

/** Runs a signed-in action and shows the page again with what it did, or says why it was refused. */
async function act(mutation, navigate, done) {
	try {
		await mutation();
		if (done) {
			outcome = done;
		}
		await navigate({}, { replace: true });
	}
	catch (error) {
		document.querySelectorAll('#main .action-error').forEach((box) => box.remove());
		const box = errorBox(error);
		box.classList.add('action-error');
		document.getElementById('main').prepend(box);
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
		h('figcaption', {}, `#${index + 1} · `,
			h('span', { title: t('communicationCostHint') }, `${t('communicationCost')}: ${team.communicationCost}`), ' · ',
			h('span', { title: t(`methodHint_${team.method}`) }, t(`method_${team.method}`))),
		h('table', { class: 'matrix', 'aria-label': t('coverage') },
			h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('member')), technologies.map((tech) => h('th', { scope: 'col' }, nm(tech))))),
			h('tbody', {}, rows.map((cells) => h('tr', {}, cells)))));
}

function tomorrow() {
	// The service wants a deadline after today in UTC; the browser's own date may be a day off.
	const day = new Date(Date.now() + 24 * 3600 * 1000);
	return day.toISOString().slice(0, 10);
}

/**
 * Every technology postChallenge accepts on the chain, once each, by name: the bottlenecks of the
 * chain, of its segments and of the chains below it, and every technology beneath those.
 */
async function chainTechnologies(chain) {
	const found = new Map();
	const add = (tech) => {
		if (found.has(tech.id)) {
			return false;
		}
		found.set(tech.id, tech);
		return true;
	};
	const seenChains = new Set();
	let chainsToAsk = [chain];
	while (chainsToAsk.length) {
		chainsToAsk.forEach((id) => seenChains.add(id));
		const answers = await Promise.all(chainsToAsk.map((id) => run('ChainTechnologies', { chain: id })));
		chainsToAsk = [];
		answers.forEach(({ chain: asked }) => {
			if (!asked) {
				return;
			}
			nodes(asked.bottlenecks).forEach(add);
			nodes(asked.segments).forEach((segment) => nodes(segment.bottlenecks).forEach(add));
			nodes(asked.subChains).forEach((sub) => !seenChains.has(sub.id) && chainsToAsk.push(sub.id));
		});
	}
	let below = [...found.keys()];
	while (below.length) {
		const answer = await run('TechnologiesBelow', { ids: below });
		below = nodes(answer.technologies).filter(add).map((tech) => tech.id);
	}
	return [...found.values()].sort((a, b) => nm(a).localeCompare(nm(b)));
}

function chainLabel(chain) {
	// Key chains and pilot chains share some names (航空, 现代家具): say which is which.
	const kind = chain.pilot ? t('pilot') : chain.keyChain ? t('keyChain') : '';
	return kind ? `${nm(chain)} · ${kind}` : nm(chain);
}

async function postForm(navigate) {
	const chains = nodes((await run('PostChallengeChoices')).chains);
	const name = h('input', { required: true, id: 'post-name', maxlength: 200 });
	const nameEn = h('input', { id: 'post-name-en', maxlength: 200 });
	const description = h('textarea', { id: 'post-description', maxlength: 4000, rows: 3 });
	const chain = select([['', t('formChooseChainFirst')], ...chains.map((c) => [c.id, chainLabel(c)])], '',
		{ id: 'post-chain', required: true });
	// Filled once a chain is chosen: only its enterprises may post on it, only its technologies be targeted.
	const poster = select([['', t('formChooseChainFirst')]], '', { id: 'post-poster', required: true, disabled: true });
	const techs = h('select', { id: 'post-techs', multiple: true, size: 6, required: true, disabled: true });
	const budget = h('input', { type: 'number', min: 1, step: 10000, required: true, id: 'post-budget', value: 1000000 });
	const deadline = h('input', { type: 'date', required: true, id: 'post-deadline', min: tomorrow() });
	const mode = select([['OPEN_COMPETITION', t('OPEN_COMPETITION')], ['HORSE_RACE', t('HORSE_RACE')]], 'OPEN_COMPETITION', { id: 'post-mode' });
	const maxPartners = h('input', { type: 'number', min: 0, max: 20, step: 1, value: 4, required: true, id: 'post-max-partners' });
	const requireCoverage = h('input', { type: 'checkbox', id: 'post-require-coverage', checked: true });
	const notice = h('div', { class: 'form-notice', id: 'post-notice' });
	chain.addEventListener('change', async () => {
		poster.disabled = true;
		techs.disabled = true;
		if (!chain.value) {
			poster.replaceChildren(h('option', { value: '' }, t('formChooseChainFirst')));
			techs.replaceChildren();
			return;
		}
		const chosen = chain.value;
		let data;
		let technologies;
		try {
			[data, technologies] = await Promise.all([run('PostChallengeChainChoices', { chain: chosen }), chainTechnologies(chosen)]);
		}
		catch (error) {
			notice.replaceChildren(errorBox(error));
			return;
		}
		if (chain.value !== chosen) {
			return;
		}
		const enterprises = nodes(data.enterprises).sort((a, b) => Number(b.chainLeader) - Number(a.chainLeader));
		poster.replaceChildren(h('option', { value: '' }, t('formChoosePoster')),
			...enterprises.map((e) => h('option', { value: e.id }, e.chainLeader ? `${nm(e)} · ${t('leader')}` : nm(e))));
		techs.replaceChildren(...technologies.map((tech) => h('option', { value: tech.id }, nm(tech))));
		poster.disabled = !enterprises.length;
		techs.disabled = !techs.options.length;
		notice.replaceChildren(!enterprises.length || !techs.options.length ? invalid(t('formChainEmpty')) : '');
	});
	const form = h('form', { class: 'filters post-form', novalidate: true, onsubmit: (event) => {
		event.preventDefault();
		const problems = [];
		if (!name.value.trim()) problems.push(t('formNeedName'));
		if (!chain.value) problems.push(t('formNeedChain'));
		if (!poster.value) problems.push(t('formNeedPoster'));
		if (!techs.selectedOptions.length) problems.push(t('formNeedTechnology'));
		if (!(Number(budget.value) > 0)) problems.push(t('formNeedBudget'));
		if (!deadline.value || deadline.value < tomorrow()) problems.push(fill(t('formNeedDeadline'), { day: tomorrow() }));
		if (!(Number.isInteger(Number(maxPartners.value)) && Number(maxPartners.value) >= 0) || maxPartners.value === '') {
			problems.push(t('formNeedPartners'));
		}
		if (problems.length) {
			notice.replaceChildren(h('div', { class: 'message error', role: 'alert' }, h('ul', {}, problems.map((p) => h('li', {}, p)))));
			return;
		}
		notice.replaceChildren();
		const input = { name: name.value.trim(), nameEn: nameEn.value.trim() || null, description: description.value.trim() || null,
			poster: poster.value, chain: chain.value, technologies: [...techs.selectedOptions].map((option) => option.value),
			budget: Number(budget.value), deadline: deadline.value, mode: mode.value,
			maxPartners: Number(maxPartners.value), requireCoverage: requireCoverage.checked };
		act(async () => {
			const posted = await run('PostChallenge', { input }, { mutation: true });
			outcome = fill(t('formPosted'), { name: nm(posted.postChallenge.challenge) });
			await navigate({ challenge: posted.postChallenge.challenge.id });
		}, () => Promise.resolve());
	} }, field('chainField', chain), field('poster', poster), field('nameZh', name), field('nameEnField', nameEn),
	field('formDescription', description), field('technologiesField', techs), field('budget', budget),
	field('deadline', deadline), field('mode', mode), field('formMaxPartners', maxPartners),
	h('div', { class: 'field checkbox' }, requireCoverage, h('label', { for: requireCoverage.id }, t('formRequireCoverage'))),
	h('button', { type: 'submit' }, t('postChallenge')), notice);
	return h('details', { class: 'action-panel', dataset: { action: 'post-challenge' } }, h('summary', {}, t('postChallenge')), form);
}

// A workflow time as a reader writes it, in Beijing time, to the minute: the service keeps
// nanoseconds, which say nothing to a coordinator.
function when(at) {
	if (!at) {
		return '';
	}
	const date = new Date(String(at).replace(/(\.\d{3})\d+/, '$1'));
	if (Number.isNaN(date.getTime())) {
		return String(at);
	}
	const text = date.toLocaleString(language() === 'zh' ? 'zh-CN' : 'en-GB', {
		timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
	});
	return `${text} ${t('beijingTime')}`;
}

function actor(name) {
	return ['seed', 'system'].includes(name) ? t(`actor_${name}`) : name;
}

// The notes the workflow itself writes are read in the page's language; a note someone
// typed is data and shown as typed.
function historyNote(note) {
	const awarded = /^awarded to (\S+)$/.exec(note);
	if (awarded) {
		return t('noteAwardedTo').replace('{team}', awarded[1]);
	}
	const overdue = /^deadline (\S+) passed while OPEN$/.exec(note);
	if (overdue) {
		return t('noteDeadlinePassed').replace('{deadline}', overdue[1]);
	}
	// A move to shortlisting or funding notes the teams' ids, with its verb in the seed.
	const teams = /^(?:(shortlisted|funded) )?([\w-]+(?:, [\w-]+)*)$/.exec(note);
	if (teams && (teams[1] || teams[2].split(', ').every((id) => id.includes('team_')))) {
		return t(teams[1] ? `note_${teams[1]}` : 'noteTeams').replace('{teams}', teams[2].split(', ').join(t('listSeparator')));
	}
	return ['posted', 'closed', 'raised', 'resolved'].includes(note) ? t(`note_${note}`) : note;
}
