// The programme at a glance: counted figures as cards, reported figures apart, chains and consortia.
import { nodes, run } from '../api.js';
import { emptyBox, h, table } from '../dom.js';
import { nm, t } from '../i18n.js';

const COUNTED = ['pilotChains', 'keyChains', 'chains', 'consortia', 'enterprises', 'chainLeaders', 'institutes',
	'universities', 'experts', 'academicians', 'technologies', 'bottlenecks'];

export async function render(container, params, { navigate }) {
	const data = await run('Programme');
	const stats = data.statistics;
	const chainLink = (chain) => h('a', { href: `?page=chain&chain=${encodeURIComponent(chain.id)}`, onclick: (event) => {
		event.preventDefault();
		navigate({ page: 'chain', chain: chain.id });
	} }, nm(chain));

	container.append(
		h('h2', {}, t('programme')),
		h('section', { 'aria-labelledby': 'counted' }, h('h3', { id: 'counted' }, t('counted')),
			h('ul', { class: 'cards' }, COUNTED.map((key) => card(key === 'experts' ? 'expertsCount' : key, stats[key]))),
			h('div', { class: 'status-cards' },
				statusList('challengesByStatus', stats.challengesByStatus),
				statusList('demandsByStatus', stats.demandsByStatus))),
		h('section', { 'aria-labelledby': 'reported' }, h('h3', { id: 'reported' }, t('reported')),
			stats.reportedFigures.length ? h('ul', { class: 'cards reported' }, stats.reportedFigures.map(reportedCard)) : emptyBox()),
		h('section', { 'aria-labelledby': 'chains-h' }, h('h3', { id: 'chains-h' }, t('chains')),
			table([t('name'), t('pilot'), t('keyChain'), t('formation'), t('leader')], nodes(data.chains).map((chain) => [
				chainLink(chain), chain.pilot ? t('yes') : '', chain.keyChain ? t('yes') : '',
				chain.formation ? t(chain.formation) : '', nodes(chain.leaders).map(nm).join('、'),
			]), { class: 'data', id: 'chain-table' })),
		h('section', { 'aria-labelledby': 'consortia-h' }, h('h3', { id: 'consortia-h' }, t('consortia')),
			table([t('name'), t('members'), t('serves')], nodes(data.consortia).map((consortium) => [
				nm(consortium), consortium.members.totalCount,
				h('span', {}, nodes(consortium.chains).flatMap((chain, index) => index ? ['、', chainLink(chain)] : [chainLink(chain)])),
			]), { class: 'data' })));
}

function card(key, value) {
	return h('li', { class: 'card', dataset: { stat: key } }, h('span', { class: 'value' }, value), h('span', { class: 'label' }, t(key)));
}

function statusList(key, counts) {
	return h('div', { class: 'status' }, h('h4', {}, t(key)),
		counts.length ? h('ul', {}, counts.map((count) => h('li', {}, `${t(count.status)}: ${count.count}`))) : emptyBox());
}

function reportedCard(figure) {
	const value = figure.value === null ? '' : Number(figure.value).toLocaleString();
	return h('li', { class: 'card reported', title: figure.sourceNote || '' },
		h('span', { class: 'value' }, value, figure.unit ? h('small', {}, ` ${figure.unit}`) : ''),
		h('span', { class: 'label' }, nm(figure), figure.year ? ` (${figure.year})` : ''));
}
