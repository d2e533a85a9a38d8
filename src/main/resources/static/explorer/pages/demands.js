// Demands raised by enterprises, with dispatching for coordinators: the committee of the demand's
// chain sends it to a department, or a technology demand to experts the coordinator names; demands
// already dispatched stay listed with who received them.
import { nodes, preload, run } from '../api.js';
import { emptyBox, errorBox, field, h, select, table } from '../dom.js';
import { nm, t } from '../i18n.js';

preload('Demands', 'DispatchChoices', 'DemandChains', 'DispatchDemand', 'DispatchExperts');

const EXPERTS = '__experts';

export async function render(container, params, { navigate, can }) {
	container.append(h('h2', {}, t('demands')));
	const dispatcher = can('COORDINATOR', 'ADMIN');
	const [data, choices] = await Promise.all([run('Demands'), dispatcher ? run('DispatchChoices') : null]);
	const waiting = nodes(data.waiting);
	const dispatched = nodes(data.dispatched);
	const chains = dispatcher ? await demandChains(waiting) : new Map();
	const committees = choices ? nodes(choices.partyOrganizations)
		.map((c) => ({ id: c.id, label: nm(c), chains: nodes(c.guidedChains).map((chain) => chain.id) })) : [];
	const departments = choices ? nodes(choices.departments) : [];
	container.append(h('h3', {}, t('formWaiting')),
		waiting.length ? table([t('name'), t('kind'), t('raisedBy'), t('status'), dispatcher ? t('actions') : ''], waiting.map((demand) => [
			nm(demand), t(demand.kind), nodes(demand.raisedBy).map(nm).join(t('listSeparator')),
			h('span', { class: 'demand-status' }, t(demand.status)),
			dispatcher ? dispatchForm(demand, chainsOf(demand, chains), committees, departments) : '',
		]), { class: 'data', id: 'demand-table' }) : emptyBox(),
		h('h3', {}, t('formDispatchedList')),
		dispatched.length ? table([t('name'), t('kind'), t('raisedBy'), t('formDispatchedBy'), t('formRecipients'), t('formDispatchedAt')],
			dispatched.map((demand) => [nm(demand), t(demand.kind), nodes(demand.raisedBy).map(nm).join(t('listSeparator')),
				nodes(demand.dispatchedBy).map(nm).join(t('listSeparator')), nodes(demand.dispatchedTo).map(nm).join(t('listSeparator')),
				demand.dispatchedAt ? String(demand.dispatchedAt).slice(0, 10) : '']),
			{ class: 'data', id: 'dispatched-table' }) : emptyBox());
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

function dispatchForm(demand, chains, committees, departments) {
	// Only the committee of one of the demand's chains may dispatch it; offering any other records nonsense.
	const own = committees.filter((c) => c.chains.some((chain) => chains.has(chain)));
	if (!own.length) {
		return h('p', { class: 'hint' }, t('formNoCommittee'));
	}
	const committee = select(own.length === 1 ? own.map((c) => [c.id, c.label]) : [['', t('formChooseCommittee')], ...own.map((c) => [c.id, c.label])],
		own.length === 1 ? own[0].id : '', { id: `committee-${demand.id}` });
	// Departments that already took demands of this kind come first; no recipient is chosen in advance.
	const tookKind = (d) => nodes(d.dispatchedDemands).some((taken) => taken.kind === demand.kind);
	const suggested = departments.filter(tookKind);
	const others = departments.filter((d) => !tookKind(d));
	const technologies = nodes(demand.technologies);
	const recipient = h('select', { id: `recipient-${demand.id}`, class: 'recipient' },
		h('option', { value: '' }, t('formChooseRecipient')),
		suggested.length ? h('optgroup', { label: t('formSuggested') }, suggested.map((d) => h('option', { value: d.id }, nm(d)))) : '',
		h('optgroup', { label: t('formDepartments') }, others.map((d) => h('option', { value: d.id }, nm(d)))),
		// Experts take technology demands only: the service refuses them for any other kind.
		demand.kind === 'TECHNOLOGY' && technologies.length ? h('option', { value: EXPERTS }, t('formToExperts')) : '');
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
			notice.replaceChildren(h('div', { class: 'message error', role: 'alert' }, h('ul', {}, problems.map((p) => h('li', {}, p)))));
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
	} }, field('committee', committee), field('formRecipient', recipient), experts, h('button', { type: 'submit' }, t('dispatch')), notice);
	return form;
}
