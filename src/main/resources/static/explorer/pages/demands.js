// Demands raised by enterprises, with dispatching for coordinators: the chain committee sends a
// demand to a department, or a technology demand to experts.
import { nodes, run } from '../api.js';
import { emptyBox, errorBox, field, h, select, table } from '../dom.js';
import { nm, t } from '../i18n.js';

export async function render(container, params, { navigate, can }) {
	container.append(h('h2', {}, t('demands')));
	const data = await run('Demands');
	const demands = nodes(data.demands);
	if (!demands.length) {
		container.append(emptyBox());
		return;
	}
	const dispatcher = can('COORDINATOR', 'ADMIN');
	const committees = nodes(data.partyOrganizations).map((c) => [c.id, nm(c)]);
	const departments = [['', t('toExperts')], ...nodes(data.departments).map((d) => [d.id, nm(d)])];
	container.append(table([t('name'), t('kind'), t('raisedBy'), t('status'), dispatcher ? t('actions') : ''], demands.map((demand) => [
		nm(demand), t(demand.kind), nodes(demand.raisedBy).map(nm).join('、'), t(demand.status),
		dispatcher ? dispatchForm(demand, committees, departments, navigate) : '',
	]), { class: 'data', id: 'demand-table' }));
}

function dispatchForm(demand, committees, departments, navigate) {
	const committee = select(committees, null, { id: `committee-${demand.id}` });
	const department = select(departments, '', { id: `department-${demand.id}` });
	return h('form', { class: 'inline', dataset: { action: 'dispatch' }, onsubmit: async (event) => {
		event.preventDefault();
		try {
			await run('DispatchDemand', { demand: demand.id, committee: committee.value, department: department.value || null },
				{ mutation: true });
			await navigate({}, { replace: true });
		}
		catch (error) {
			event.target.append(errorBox(error));
		}
	} }, field('committee', committee), field('department', department), h('button', { type: 'submit' }, t('dispatch')));
}
