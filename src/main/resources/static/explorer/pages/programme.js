// The programme at a glance: counted figures as cards, reported figures apart, chains and consortia.
import { nodes, run } from '../api.js';
import { askBox } from '../ask.js';
import { emptyBox, h, table } from '../dom.js';
import { language, nm, t } from '../i18n.js';

const COUNTED = ['pilotChains', 'keyChains', 'chains', 'consortia', 'enterprises', 'chainLeaders', 'institutes',
	'universities', 'experts', 'academicians', 'technologies', 'bottlenecks'];

export async function render(container, params, { navigate }) {
	const [data, ask] = await Promise.all([run('Programme'), askBox(params, { navigate })]);
	const stats = data.statistics;
	const chainLink = (chain) => h('a', { href: `?page=chain&chain=${encodeURIComponent(chain.id)}`, onclick: (event) => {
		event.preventDefault();
		navigate({ page: 'chain', chain: chain.id });
	} }, h('span', { class: 'nm' }, nm(chain)));

	container.append(
		h('h2', {}, t('programme')),
		ask,
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
				chain.formation ? t(chain.formation) : '', h('span', { class: 'nm' }, nodes(chain.leaders).map(nm).join(t('listSeparator'))),
			]), { class: 'data', id: 'chain-table' })),
		h('section', { 'aria-labelledby': 'consortia-h' }, h('h3', { id: 'consortia-h' }, t('consortia')),
			table([t('name'), t('members'), t('serves')], nodes(data.consortia).map((consortium) => [
				h('span', { class: 'nm' }, nm(consortium)), consortium.members.totalCount,
				h('span', {}, nodes(consortium.chains).flatMap((chain, index) => index ? [t('listSeparator'), chainLink(chain)] : [chainLink(chain)])),
			]), { class: 'data' })));
}

function card(key, value) {
	return h('li', { class: 'card', dataset: { stat: key } }, h('span', { class: 'value' }, value), h('span', { class: 'label' }, t(key)));
}

function statusList(key, counts) {
	return h('div', { class: 'status' }, h('h4', {}, t(key)),
		counts.length ? h('ul', {}, counts.map((count) => h('li', {}, `${t(count.status)}${t('lwColon')}${count.count}`))) : emptyBox());
}

/**
 * A reported figure with its unit in the page's language. Large amounts are written as a Chinese
 * or English reader says them (150亿元, 15 billion yuan), so that a card never grows wider than
 * its column; the exact value stays in the tooltip.
 */
function reportedCard(figure) {
	const exact = figure.value === null ? '' : Number(figure.value).toLocaleString(language() === 'en' ? 'en' : 'zh-CN');
	const note = sourceNote(figure.sourceNote);
	return h('li', { class: 'card reported', dataset: { figure: figure.id } },
		h('span', { class: 'value', title: exact }, ...valueWithUnit(figure)),
		h('span', { class: 'label' }, h('span', { class: 'nm' }, nm(figure)), figure.year ? ` (${figure.year})` : ''),
		note ? h('span', { class: 'source-note nm' }, note) : null);
}

function valueWithUnit(figure) {
	if (figure.value === null) {
		return [''];
	}
	if (figure.unit === 'rank') {
		return [t('partyRankValue').replace('{n}', Number(figure.value).toLocaleString())];
	}
	const value = Number(figure.value);
	const compact = Math.abs(value) >= 100000
		? new Intl.NumberFormat(language() === 'en' ? 'en' : 'zh-CN', { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 }).format(value)
		: value.toLocaleString(language() === 'en' ? 'en' : 'zh-CN');
	if (!figure.unit) {
		return [compact];
	}
	const unit = t(`partyUnit_${figure.unit}`);
	// An unknown unit is data, shown as the source gave it.
	const shown = unit === `partyUnit_${figure.unit}` ? h('span', { class: 'nm' }, figure.unit) : unit;
	return [compact, h('small', {}, language() === 'en' ? ' ' : '', shown)];
}

/** Notes are kept as "中文 / English": the side in the page's language. */
function sourceNote(note) {
	if (!note) {
		return '';
	}
	const [zh, en] = note.split(' / ');
	return language() === 'en' ? (en || zh) : zh;
}
