// Demands raised by enterprises and the workflow's steps, each offered only to the key that may take
// it: an ENTERPRISE key raises demands for its own enterprise and follows them; a coordinator sends a
// waiting demand through the committee of its chain to a department fit for its kind, or a technology
// demand to experts it names; a DEPARTMENT or EXPERT key accepts and then resolves what was sent to
// its own department or expert. Demands already dispatched stay listed with who received them.
import { nodes, preload, run } from '../api.js';
import { emptyBox, errorBox, field, h, select, table } from '../dom.js';
import { nm, t } from '../i18n.js';
import { chainTechnologies, confirmStep, fill, invalid, problemList } from '../forms.js';

preload('Demands', 'DispatchChoices', 'DemandChains', 'DispatchDemand', 'DispatchExperts', 'DepartmentRecord', 'RaiseDemandChoices',
	'TakerDemands');

const EXPERTS = '__experts';

const KINDS = ['TECHNOLOGY', 'TALENT', 'FINANCING', 'LAND', 'MARKET', 'POLICY'];

// The service's limits: DemandWorkflow checks them, the page says so before sending.
const MAX_NAME = 200;
const MAX_TEXT = 4000;

// What the last action did, shown once at the top of the page it leads to.
let outcome = null;

export async function render(container, params, { navigate, can, viewer }) {
	container.append(h('h2', {}, t('demands')));
	const said = outcome;
	outcome = null;
	if (said) {
		container.append(h('p', { class: 'message done', role: 'status', id: 'action-outcome' }, said));
	}
	const dispatcher = can('COORDINATOR', 'ADMIN');
	const raiser = can('ENTERPRISE') && viewer.enterprise ? viewer.enterprise : null;
	const takers = [can('DEPARTMENT') && viewer.department, can('EXPERT') && viewer.expert].filter(Boolean);
	if (!dispatcher && !raiser && !takers.length) {
		container.append(h('p', { class: 'message role-hint', id: 'role-hint' },
			t(viewer.authenticated ? 'raNoDemandActions' : 'raSignInDemands')));
	}
	const justDone = params.get('demand');
	if (raiser) {
		container.append(await raiseSection(raiser, justDone, navigate));
	}
	for (const taker of takers) {
		container.append(await takerSection(taker, justDone, navigate));
	}
	const [data, choices] = await Promise.all([run('Demands'), dispatcher ? run('DispatchChoices') : null]);
	const waiting = nodes(data.waiting);
	const dispatched = nodes(data.dispatched);
	const [chains, record] = dispatcher ? await Promise.all([demandChains(waiting), departmentRecord()]) : [new Map(), new Map()];
	const committees = choices ? nodes(choices.partyOrganizations)
		.map((c) => ({ id: c.id, label: nm(c), chains: nodes(c.guidedChains).map((chain) => chain.id) })) : [];
	const departments = choices ? nodes(choices.departments) : [];
	container.append(h('h3', {}, t('formWaiting')),
		waiting.length ? table([t('name'), t('kind'), t('raisedBy'), t('status'), dispatcher ? t('actions') : ''], waiting.map((demand) => [
			nm(demand), t(demand.kind), nodes(demand.raisedBy).map(nm).join(t('listSeparator')),
			h('span', { class: 'demand-status' }, t(demand.status)),
			dispatcher ? dispatchForm(demand, chainsOf(demand, chains), committees, departments, record) : '',
		]), { class: 'data', id: 'demand-table' }) : emptyBox(),
		h('h3', {}, t('formDispatchedList')),
		dispatched.length ? table([t('name'), t('kind'), t('raisedBy'), t('formDispatchedBy'), t('formRecipients'), t('formDispatchedAt')],
			dispatched.map((demand) => [nm(demand), t(demand.kind), nodes(demand.raisedBy).map(nm).join(t('listSeparator')),
				nodes(demand.dispatchedBy).map(nm).join(t('listSeparator')), nodes(demand.dispatchedTo).map(nm).join(t('listSeparator')),
				day(demand.dispatchedAt)]),
			{ class: 'data', id: 'dispatched-table' }) : emptyBox());
}

function day(at) {
	return at ? String(at).slice(0, 10) : '';
}

/** Runs a step and shows the page again with what it did, or says next to the form why it was refused. */
async function act(mutation, navigate, notice) {
	try {
		const { said, demand } = await mutation();
		outcome = said;
		await navigate({ demand }, { replace: true });
	}
	catch (error) {
		notice.replaceChildren(errorBox(error));
	}
}

// An ENTERPRISE key: the form to raise a demand for its enterprise, and the demands it raised.
async function raiseSection(enterpriseId, justDone, navigate) {
	const data = await run('RaiseDemandChoices', { enterprise: enterpriseId });
	const enterprise = data.enterprise;
	const section = h('section', { class: 'role-section', id: 'raise-section', 'aria-labelledby': 'raise-h' },
		h('h3', { id: 'raise-h' }, t('raOwnDemands'), ' ', h('span', { class: 'nm' }, enterprise ? nm(enterprise) : enterpriseId)));
	if (!enterprise) {
		section.append(invalid(fill(t('raNoEnterprise'), { id: enterpriseId })));
		return section;
	}
	const chains = [...new Set([...nodes(enterprise.ledChains).map((c) => c.id),
		...nodes(enterprise.segments).flatMap((segment) => nodes(segment.chains).map((c) => c.id))])];
	section.append(raiseForm(enterprise, chains, navigate));
	const own = nodes(data.demands);
	section.append(own.length ? table([t('name'), t('kind'), t('status'), t('raTechnologies'), t('formRecipients'), t('raRaisedAt')],
		own.map((demand) => [h('span', { class: 'nm' }, nm(demand)), t(demand.kind), h('span', { class: 'demand-status' }, t(demand.status)),
			h('span', { class: 'nm' }, nodes(demand.technologies).map(nm).join(t('listSeparator'))),
			h('span', { class: 'nm' }, nodes(demand.dispatchedTo).map(nm).join(t('listSeparator'))), day(demand.raisedAt)]),
		{ class: 'data', id: 'own-demands' }) : h('p', { class: 'message empty', id: 'own-demands' }, t('raNoneRaised')));
	markRows(section, own, justDone);
	return section;
}

/** Ties each row to its demand, and marks the one the last step changed. */
function markRows(section, demands, justDone) {
	const rows = section.querySelectorAll('table.data tbody tr');
	demands.forEach((demand, index) => {
		rows[index].dataset.demand = demand.id;
		if (demand.id === justDone) {
			rows[index].classList.add('just-done');
		}
	});
}

function raiseForm(enterprise, chains, navigate) {
	const kind = select([['', t('raChooseKind')], ...KINDS.map((k) => [k, t(k)])], '', { id: 'raise-kind', required: true });
	const name = h('input', { id: 'raise-name', maxlength: MAX_NAME, required: true });
	const description = h('textarea', { id: 'raise-description', maxlength: MAX_TEXT, rows: 3 });
	// Offered for a technology demand only, and only those of the enterprise's chains.
	const techs = h('select', { id: 'raise-techs', multiple: true, size: 6, disabled: true });
	const techField = field('raTechnologiesField', techs);
	techField.hidden = true;
	const notice = h('div', { class: 'form-notice', id: 'raise-notice' });
	let loaded = null;
	kind.addEventListener('change', async () => {
		techField.hidden = kind.value !== 'TECHNOLOGY';
		if (kind.value !== 'TECHNOLOGY' || loaded) {
			return;
		}
		if (!chains.length) {
			notice.replaceChildren(invalid(t('raNoChainTechnologies')));
			return;
		}
		loaded = chainTechnologies(...chains);
		try {
			const technologies = await loaded;
			techs.replaceChildren(...technologies.map((tech) => h('option', { value: tech.id }, nm(tech))));
			techs.disabled = !technologies.length;
		}
		catch (error) {
			loaded = null;
			notice.replaceChildren(errorBox(error));
		}
	});
	const form = h('form', { class: 'filters raise-form', novalidate: true, onsubmit: (event) => {
		event.preventDefault();
		const chosen = [...techs.selectedOptions].map((option) => option.value);
		const problems = [];
		if (!kind.value) problems.push(t('raNeedKind'));
		if (!name.value.trim()) problems.push(t('raNeedName'));
		if (name.value.trim().length > MAX_NAME) problems.push(fill(t('raNameTooLong'), { max: MAX_NAME }));
		if (description.value.trim().length > MAX_TEXT) problems.push(fill(t('raTextTooLong'), { max: MAX_TEXT }));
		if (kind.value === 'TECHNOLOGY' && !chosen.length) problems.push(t('raNeedTechnology'));
		if (problems.length) {
			notice.replaceChildren(problemList(problems));
			return;
		}
		notice.replaceChildren();
		const input = { enterprise: enterprise.id, kind: kind.value, name: name.value.trim(),
			description: description.value.trim() || null,
			// Technologies belong to technology demands; another kind is raised with none.
			technologies: kind.value === 'TECHNOLOGY' ? chosen : [] };
		act(async () => {
			const raised = (await run('RaiseDemand', { input }, { mutation: true })).raiseDemand.demand;
			return { said: fill(t('raRaised'), { name: nm(raised), status: t(raised.status) }), demand: raised.id };
		}, navigate, notice);
	} }, field('kind', kind), field('raName', name), field('raDescription', description), techField,
	chains.length ? '' : h('p', { class: 'hint' }, t('raNoChain')),
	h('button', { type: 'submit' }, t('raRaise')), notice);
	return h('details', { class: 'action-panel', dataset: { action: 'raise-demand' } }, h('summary', {}, t('raRaise')), form);
}

// A DEPARTMENT or EXPERT key: the demands sent to its own department or expert, with the step each is at.
async function takerSection(takerId, justDone, navigate) {
	const data = await run('TakerDemands', { taker: takerId });
	const taker = data.taker;
	const demands = nodes(data.demands);
	const section = h('section', { class: 'role-section', id: 'taker-section', 'aria-labelledby': 'taker-h' },
		h('h3', { id: 'taker-h' }, t('raSentTo'), ' ', h('span', { class: 'nm' }, taker ? nm(taker) : takerId)));
	if (!demands.length) {
		section.append(h('p', { class: 'message empty', id: 'taker-demands' }, t('raNoneSent')));
		return section;
	}
	section.append(table([t('name'), t('kind'), t('raisedBy'), t('status'), t('actions')], demands.map((demand) => [
		h('span', { class: 'nm' }, nm(demand)), t(demand.kind),
		h('span', { class: 'nm' }, nodes(demand.raisedBy).map(nm).join(t('listSeparator'))),
		h('span', { class: 'demand-status' }, t(demand.status)), takerStep(demand, takerId, navigate),
	]), { class: 'data', id: 'taker-demands' }));
	markRows(section, demands, justDone);
	return section;
}

function takerStep(demand, takerId, navigate) {
	const takenBy = nodes(demand.acceptedBy);
	const notice = h('div', { class: 'form-notice' });
	if (demand.status === 'DISPATCHED') {
		return h('div', {}, h('button', { type: 'button', dataset: { action: 'accept', demand: demand.id }, onclick: () => act(async () => {
			const accepted = (await run('AcceptDemand', { demand: demand.id, taker: takerId }, { mutation: true })).acceptDemand.demand;
			return { said: fill(t('raAccepted'), { name: nm(accepted), status: t(accepted.status) }), demand: accepted.id };
		}, navigate, notice) }, t('raAccept')), notice);
	}
	if (demand.status === 'ACCEPTED' && takenBy.some((node) => node.id === takerId)) {
		return resolveForm(demand, navigate);
	}
	if (demand.status === 'ACCEPTED') {
		// Sent to several experts and taken by another: only the one that took it resolves it.
		return h('span', { class: 'hint' }, t('raTakenByOther'), h('span', { class: 'nm' }, takenBy.map(nm).join(t('listSeparator'))));
	}
	return demand.resolvedAt ? h('span', { class: 'hint' }, t('raResolvedOn'), day(demand.resolvedAt)) : '';
}

function resolveForm(demand, navigate) {
	const note = h('textarea', { class: 'resolve-note', id: `resolve-note-${demand.id}`, maxlength: MAX_TEXT, rows: 2 });
	const notice = h('div', { class: 'form-notice' });
	const button = h('button', { type: 'submit' }, t('raResolve'));
	const form = h('form', { class: 'inline resolve-form', novalidate: true, dataset: { action: 'resolve', demand: demand.id }, onsubmit: (event) => {
		event.preventDefault();
		const text = note.value.trim();
		if (!text) {
			notice.replaceChildren(invalid(t('raNeedNote')));
			return;
		}
		if (text.length > MAX_TEXT) {
			notice.replaceChildren(invalid(fill(t('raTextTooLong'), { max: MAX_TEXT })));
			return;
		}
		notice.replaceChildren();
		// A resolved demand cannot be reopened: asked first, in the page.
		confirmStep(button, fill(t('raResolveConfirm'), { name: nm(demand) }), () => act(async () => {
			const resolved = (await run('ResolveDemand', { demand: demand.id, note: text }, { mutation: true })).resolveDemand.demand;
			return { said: fill(t('raResolved'), { name: nm(resolved), status: t(resolved.status) }), demand: resolved.id };
		}, navigate, notice));
	} }, field('raNote', note), button, notice);
	return form;
}

/** The chains of each enterprise that raised one of these demands: those it leads or works in a segment of. */
async function demandChains(demands) {
	const ids = [...new Set(demands.flatMap((demand) => nodes(demand.raisedBy).map((enterprise) => enterprise.id)))];
	const byEnterprise = new Map();
	const pages = [];
	for (let start = 0; start < ids.length; start += 50) {
		pages.push(run('DemandChains', { ids: ids.slice(start, start + 50) }));
	}
	for (const page of await Promise.all(pages)) {
		nodes(page.enterprises).forEach((enterprise) => byEnterprise.set(enterprise.id, new Set([
			...nodes(enterprise.ledChains).map((chain) => chain.id),
			...nodes(enterprise.segments).flatMap((segment) => nodes(segment.chains).map((chain) => chain.id)),
		])));
	}
	return byEnterprise;
}

/** The chains a demand is on: those of the enterprise that raised it. */
function chainsOf(demand, byEnterprise) {
	const chains = new Set();
	nodes(demand.raisedBy).forEach((enterprise) => (byEnterprise.get(enterprise.id) || []).forEach((chain) => chains.add(chain)));
	return chains;
}

/**
 * How many demands of each kind were dispatched to each department or expert so far: the graph's
 * only word on what a department handles (departments carry no field of work), every dispatched
 * demand read a page at a time.
 */
async function departmentRecord() {
	const record = new Map();
	let after = null;
	do {
		const page = (await run('DepartmentRecord', { after })).demands;
		nodes(page).forEach((demand) => nodes(demand.dispatchedTo).forEach((taker) => {
			const kinds = record.get(taker.id) || new Map();
			kinds.set(demand.kind, (kinds.get(demand.kind) || 0) + 1);
			record.set(taker.id, kinds);
		}));
		after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
	} while (after);
	return record;
}

/**
 * The departments offered for a demand of this kind: first those that took this kind before, most
 * first; then those with no record yet. Those that took only other kinds are left out, unless none
 * took this kind, when every department is offered. Returns the groups and how many were left out.
 */
function departmentsFor(kind, departments, record) {
	const took = (d) => (record.get(d.id) && record.get(d.id).get(kind)) || 0;
	const fresh = (d) => !record.get(d.id);
	const suggested = departments.filter((d) => took(d) > 0).sort((a, b) => took(b) - took(a));
	if (!suggested.length) {
		return { suggested, others: [...departments.filter(fresh), ...departments.filter((d) => !fresh(d))], left: 0, took };
	}
	const others = departments.filter(fresh);
	return { suggested, others, left: departments.length - suggested.length - others.length, took };
}

function dispatchForm(demand, chains, committees, departments, record) {
	// Only the committee of one of the demand's chains may dispatch it; offering any other records nonsense.
	const own = committees.filter((c) => c.chains.some((chain) => chains.has(chain)));
	if (!own.length) {
		return h('p', { class: 'hint' }, t('formNoCommittee'));
	}
	const committee = select(own.length === 1 ? own.map((c) => [c.id, c.label]) : [['', t('formChooseCommittee')], ...own.map((c) => [c.id, c.label])],
		own.length === 1 ? own[0].id : '', { id: `committee-${demand.id}` });
	// Departments fit for the demand's kind, by what they took before; no recipient is chosen in advance.
	const { suggested, others, left, took } = departmentsFor(demand.kind, departments, record);
	const technologies = nodes(demand.technologies);
	const recipient = h('select', { id: `recipient-${demand.id}`, class: 'recipient' },
		h('option', { value: '' }, t('formChooseRecipient')),
		suggested.length ? h('optgroup', { label: fill(t('raTookKind'), { kind: t(demand.kind) }) },
			suggested.map((d) => h('option', { value: d.id }, `${nm(d)}${fill(t('raTookCount'), { count: took(d) })}`))) : '',
		others.length ? h('optgroup', { label: suggested.length ? t('raNoRecord') : t('formDepartments') },
			others.map((d) => h('option', { value: d.id }, nm(d)))) : '',
		// Experts take technology demands only: the service refuses them for any other kind.
		demand.kind === 'TECHNOLOGY' && technologies.length ? h('option', { value: EXPERTS }, t('formToExperts')) : '');
	const why = h('p', { class: 'hint departments-why' }, suggested.length
		? fill(t('raDepartmentsWhy'), { kind: t(demand.kind), left }) : fill(t('raDepartmentsNone'), { kind: t(demand.kind) }));
	const experts = h('fieldset', { class: 'expert-picks', hidden: true }, h('legend', {}, t('formPickExperts')));
	const notice = h('div', { class: 'form-notice' });
	recipient.addEventListener('change', async () => {
		experts.hidden = recipient.value !== EXPERTS;
		if (recipient.value !== EXPERTS || experts.dataset.loaded) {
			return;
		}
		experts.dataset.loaded = 'true';
		try {
			const chain = [...chains][0] || null;
			const enterprise = nodes(demand.raisedBy)[0];
			const ranked = (await run('DispatchExperts', { chain, technology: technologies[0].id, enterprise: enterprise ? enterprise.id : null }))
				.expertsFor.matches;
			experts.append(...(ranked.length ? ranked.map((match) => h('label', { class: 'pick-expert' },
				h('input', { type: 'checkbox', value: match.expert.id, class: 'expert-pick' }), ' ', nm(match.expert)))
				: [h('p', { class: 'hint' }, t('nothing'))]));
		}
		catch (error) {
			delete experts.dataset.loaded;
			experts.append(errorBox(error));
		}
	});
	const form = h('form', { class: 'inline', dataset: { action: 'dispatch', demand: demand.id }, onsubmit: async (event) => {
		event.preventDefault();
		const chosen = [...experts.querySelectorAll('.expert-pick:checked')].map((box) => box.value);
		const problems = [];
		if (!committee.value) problems.push(t('formNeedCommittee'));
		if (!recipient.value) problems.push(t('formNeedRecipient'));
		if (recipient.value === EXPERTS && !chosen.length) problems.push(t('formNeedExperts'));
		if (problems.length) {
			notice.replaceChildren(problemList(problems));
			return;
		}
		notice.replaceChildren();
		try {
			const answer = await run('DispatchDemand', { demand: demand.id, committee: committee.value,
				department: recipient.value === EXPERTS ? null : recipient.value, experts: recipient.value === EXPERTS ? chosen : null },
			{ mutation: true });
			const result = answer.dispatchDemand.demand;
			// The row stays, now saying who received the demand, rather than vanishing from the list.
			const row = form.closest('tr');
			row.querySelector('.demand-status').textContent = t(result.status);
			form.replaceWith(h('p', { class: 'message done dispatch-result', role: 'status' },
				t('formDispatchedTo'), nodes(result.dispatchedTo).map(nm).join(t('listSeparator'))));
		}
		catch (error) {
			notice.replaceChildren(errorBox(error));
		}
	} }, field('committee', committee), field('formRecipient', recipient), why, experts, h('button', { type: 'submit' }, t('dispatch')), notice);
	return form;
}
