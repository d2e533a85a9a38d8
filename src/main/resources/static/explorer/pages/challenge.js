// A challenge: its state and history, the teams that applied, the teams proposed for it with a
// coverage matrix; and, for organizers, posting, shortlisting, funding a horse race, awarding and
// closing, each checked in the page before it is sent.
import { nodes, preload, run } from '../api.js';
import { emptyBox, errorBox, field, h, select, table } from '../dom.js';
import { language, nm, t } from '../i18n.js';
import { chainTechnologies, confirmStep, fill, invalid, problemList, todayUtc } from '../forms.js';

preload('ChallengeList', 'Challenge', 'ChallengeProposals');

const MAX_TEAM_NAME = 200;

export async function render(container, params, { navigate, can, viewer }) {
	const challenges = nodes((await run('ChallengeList')).challenges);
	const id = params.get('challenge') || (challenges[0] && challenges[0].id);
	const picker = select(challenges.map((c) => [c.id, `${nm(c)} · ${t(c.status)}`]), id,
		{ id: 'challenge-select', onchange: (event) => navigate({ challenge: event.target.value }) });
	const said = outcome;
	outcome = null;
	container.append(h('h2', {}, t('challenge')),
		said ? h('p', { class: 'message done', role: 'status', id: 'action-outcome' }, said) : '', h('form', { class: 'filters', onsubmit: (event) => event.preventDefault() },
		field('chooseChallenge', picker)));
	const applier = can('ENTERPRISE') && viewer.enterprise ? viewer.enterprise : null;
	if (!can('ORGANIZER', 'ADMIN') && !applier) {
		// Anonymous readers and keys with no step here are told what would let them act.
		container.append(h('p', { class: 'message role-hint', id: 'role-hint' },
			t(viewer.authenticated ? 'raNoChallengeActions' : 'raSignInChallenge')));
	}
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
			h('h3', { id: 'ch-h' }, asData(nm(challenge)), ' ', h('span', { class: `status status-${challenge.status}` }, t(challenge.status))),
			challenge.description ? h('p', { class: 'nm' }, challenge.description) : '',
			h('dl', { class: 'facts' },
				fact('mode', t(challenge.mode)), fact('budget', challenge.budget?.toLocaleString()), fact('deadline', challenge.deadline),
				fact('postedAt', when(challenge.postedAt)), fact('postedBy', asData(nodes(challenge.posters).map(nm).join(t('listSeparator')))),
				fact('chainField', asData(nodes(challenge.chains).map(nm).join(t('listSeparator')))),
				fact('targets', asData(nodes(challenge.targets).map(nm).join(t('listSeparator')))),
				fact('formMaxPartners', challenge.maxPartners ?? null),
				fact('formRequireCoverage', challenge.requireCoverage === null || challenge.requireCoverage === undefined ? null
					: t(challenge.requireCoverage ? 'yes' : 'no')))),
		can('ORGANIZER', 'ADMIN') || applier ? applyPanel(challenge, applier, navigate) : '',
		h('div', { class: 'split' },
			h('section', { class: 'main-col', 'aria-labelledby': 'apps-h' }, h('h3', { id: 'apps-h' }, t('applications')),
				applicants.length ? applicationsTable(applicants, challenge, can, navigate) : emptyBox(),
				h('h3', {}, t('proposals')), proposals.length ? h('div', { id: 'proposals' }, proposals.map(proposal)) : emptyBox()),
			h('aside', { class: 'side-col', 'aria-labelledby': 'hist-h' }, h('h3', { id: 'hist-h' }, t('history')),
				history.length ? h('ol', { class: 'history' }, history.map((change) => h('li', {},
					h('strong', {}, t(change.status)), ` ${when(change.at)}`, change.actor ? [' · ', actor(change.actor)] : '',
					change.note ? h('div', { class: 'hint' }, historyNote(change.note)) : ''))) : emptyBox())));
}

// Names and other text from the graph, marked as data: not interface text to translate.
function asData(text) {
	return text ? h('span', { class: 'nm' }, text) : '';
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
			? h('input', { type: 'checkbox', value: edge.node.id, 'aria-label': nm(edge.node), translate: 'no', class: 'team-pick' }) : '',
		asData(nm(edge.node)), t(edge.status),
		edge.node.members.edges.flatMap((m, i) => [i ? t('listSeparator') : '', asData(nm(m.node)), ` (${t(m.role)})`]),
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

/**
 * Applying to the challenge with a team: for an ENTERPRISE key, led by its enterprise or one of its
 * experts (the service refuses any other lead); for an organizer, led by any expert offered. Partners
 * are experts who know one of the targets, with no conflict of interest with the challenge. Offered
 * only while the challenge is OPEN and its deadline has not passed; the choices load when opened.
 */
function applyPanel(challenge, enterprise, navigate) {
	if (challenge.status !== 'OPEN' || (challenge.deadline && String(challenge.deadline) < todayUtc())) {
		// Said to an enterprise, which has no other step here; an organizer has its own buttons.
		return enterprise ? h('p', { class: 'hint', id: 'apply-closed' }, t('raApplyClosed')) : '';
	}
	if (enterprise && nodes(challenge.posters).some((poster) => poster.id === enterprise)) {
		return h('p', { class: 'hint', id: 'apply-closed' }, t('raApplyPoster'));
	}
	const body = h('div', { class: 'apply-body' }, h('p', { class: 'hint' }, t('loading')));
	const panel = h('details', { class: 'action-panel', dataset: { action: 'apply' } }, h('summary', {}, t('raApply')), body);
	let started = false;
	panel.addEventListener('toggle', async () => {
		if (!panel.open || started) {
			return;
		}
		started = true;
		try {
			body.replaceChildren(await applyForm(challenge, enterprise, navigate));
		}
		catch (error) {
			started = false;
			body.replaceChildren(errorBox(error));
		}
	});
	return panel;
}

async function applyForm(challenge, enterprise, navigate) {
	const targets = nodes(challenge.targets);
	const chain = nodes(challenge.chains).map((c) => c.id)[0] || null;
	const [own, ...ranked] = await Promise.all([enterprise ? run('ApplyChoices', { enterprise }) : null,
		...targets.map((tech) => run('ApplyPartners', { chain, technology: tech.id, challenge: challenge.id }))]);
	// Each offered expert with the targets it was found for, so that coverage can be judged before sending.
	const candidates = new Map();
	ranked.forEach((answer, index) => answer.expertsFor.matches.forEach(({ expert }) => {
		const entry = candidates.get(expert.id) || { expert, covers: [] };
		entry.covers.push(nm(targets[index]));
		candidates.set(expert.id, entry);
	}));
	const leads = own && own.enterprise
		? [[own.enterprise.id, `${nm(own.enterprise)} · ${t('raOwnEnterprise')}`], ...nodes(own.enterprise.experts).map((x) => [x.id, nm(x)])]
		: [...candidates.values()].map(({ expert }) => [expert.id, nm(expert)]);
	const lead = select([['', t('raChooseLead')], ...leads], '', { id: 'apply-lead', required: true });
	const max = challenge.maxPartners ?? 4;
	const partners = h('fieldset', { class: 'expert-picks', id: 'apply-partners' }, h('legend', {}, fill(t('raPartners'), { max })),
		candidates.size ? [...candidates.values()].map(({ expert, covers }) => h('label', { class: 'pick-partner' },
			h('input', { type: 'checkbox', value: expert.id, class: 'partner-pick' }), ' ', h('span', { class: 'nm' }, nm(expert)),
			h('span', { class: 'hint' }, t('raKnows'), h('span', { class: 'nm' }, covers.join(t('listSeparator'))))))
			: h('p', { class: 'hint' }, t('nothing')));
	// The lead is not also a partner: its box is taken away while it leads.
	lead.addEventListener('change', () => partners.querySelectorAll('.partner-pick').forEach((box) => {
		box.disabled = box.value === lead.value;
		if (box.disabled) {
			box.checked = false;
		}
	}));
	const teamName = h('input', { id: 'apply-team-name', maxlength: MAX_TEAM_NAME });
	const notice = h('div', { class: 'form-notice', id: 'apply-notice' });
	const form = h('form', { class: 'filters apply-form', novalidate: true, onsubmit: async (event) => {
		event.preventDefault();
		const chosen = [...partners.querySelectorAll('.partner-pick:checked')].map((box) => box.value);
		const problems = [];
		if (!lead.value) problems.push(t('raNeedLead'));
		if (chosen.length > max) problems.push(fill(t('raTooManyPartners'), { max }));
		if (teamName.value.trim().length > MAX_TEAM_NAME) problems.push(fill(t('raNameTooLong'), { max: MAX_TEAM_NAME }));
		if (problems.length) {
			notice.replaceChildren(problemList(problems));
			return;
		}
		notice.replaceChildren();
		try {
			const answer = await run('ApplyToChallenge', { input: { challenge: challenge.id, lead: lead.value, partners: chosen,
				teamName: teamName.value.trim() || null } }, { mutation: true });
			outcome = fill(t('raApplied'), { team: nm(answer.applyToChallenge.team) });
			await navigate({}, { replace: true });
		}
		catch (error) {
			// Refused by the service (coverage, conflicts, a team already in): said next to the form.
			notice.replaceChildren(errorBox(error));
		}
	} }, field('raLead', lead), partners, field('raTeamName', teamName),
	challenge.requireCoverage === false ? '' : h('p', { class: 'hint' }, t('raCoverageHint')),
	h('button', { type: 'submit' }, t('raApplySend')), notice);
	return form;
}

function proposal(team, index) {
	const technologies = team.coverage.map((entry) => entry.technology);
	const rows = team.members.map((member) => [
		h('th', { scope: 'row' }, asData(nm(member.expert)), ` (${t(member.role)})`),
		...team.coverage.map((entry) => entry.coveredBy.includes(member.expert.id)
			? h('td', { class: 'covered' }, h('span', { 'aria-hidden': 'true' }, '●'), h('span', { class: 'sr' }, t('yes')))
			: h('td', { class: 'uncovered' }, h('span', { class: 'sr' }, t('no')))),
	]);
	return h('figure', { class: 'proposal' },
		h('figcaption', {}, `#${index + 1} · `,
			h('span', { title: t('communicationCostHint') }, `${t('communicationCost')}: ${team.communicationCost}`), ' · ',
			h('span', { title: t(`methodHint_${team.method}`) }, t(`method_${team.method}`))),
		h('table', { class: 'matrix', 'aria-label': t('coverage') },
			h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('member')), technologies.map((tech) => h('th', { scope: 'col' }, asData(nm(tech)))))),
			h('tbody', {}, rows.map((cells) => h('tr', {}, cells)))));
}

function tomorrow() {
	// The service wants a deadline after today in UTC; the browser's own date may be a day off.
	const day = new Date(Date.now() + 24 * 3600 * 1000);
	return day.toISOString().slice(0, 10);
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
	// Any other actor is the name of the key that made the move: data.
	return ['seed', 'system'].includes(name) ? t(`actor_${name}`) : asData(name);
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
