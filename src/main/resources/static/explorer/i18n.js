// Labels in Chinese (the default) and English, and the choice of name or nameEn for the data.

const LABELS = {
	zh: {
		skip: '跳到正文', brand: '产业链图谱', pagesNav: '页面',
		programme: '总览', chain: '产业链', experts: '找专家', challenge: '揭榜挂帅', explore: '探索', demands: '企业需求',
		loading: '加载中', langToggle: 'English', nothing: '没有找到结果。',
		errNetwork: '无法连接服务，请检查网络后重试。', errBadRequest: '请求有误：', errNotFound: '找不到：',
		errUnauthorized: '需要登录：', errForbidden: '没有权限：', errGeneric: '服务返回错误：',
		counted: '图谱统计（计数）', reported: '来源报道的数字（非计数）',
		chains: '产业链', pilotChains: '试点链', keyChains: '重点链', consortia: '创新联合体', enterprises: '企业',
		chainLeaders: '链主企业', institutes: '科研院所', universities: '高校', expertsCount: '专家', academicians: '院士',
		technologies: '技术', bottlenecks: '卡脖子技术', challengesByStatus: '榜单（按状态）', demandsByStatus: '需求（按状态）',
		formation: '组建模式', leader: '链主', members: '成员数', serves: '服务产业链', name: '名称', pilot: '试点', keyChain: '重点',
		CITY_LED: '市级牵头', LEADER_SOE_LED: '链主国企牵头', ASSOCIATION_LED: '协会牵头', yes: '是', no: '否',
		chooseChain: '选择产业链', chainMap: '产业链图', upstream: '上游', downstream: '下游', gap: '缺口', gaps: '补链缺口',
		legendEnterprise: '企业', legendLeader: '链主企业', legendBottleneck: '卡脖子技术', legendGap: '缺口环节',
		talentGaps: '人才缺口', technology: '技术', severity: '严重度', demand: '需求', supply: '供给', shortage: '紧缺度',
		consortiaServing: '服务本链的创新联合体', segment: '环节', enterpriseCount: '企业数', layoutMs: '布局用时',
		anyTechnology: '（不限技术）', freeText: '需求描述（自由文本）', academicianOnly: '只看院士', excludeConflicts: '排除与该企业有利益冲突的专家',
		noExclusion: '（不排除）', search: '搜索', rank: '排名', score: '得分', components: '得分构成',
		expertise: '专业水平', evidence: '成果证据', propagation: '传播', chainTies: '链上关系', trackRecord: '业绩',
		evidenceGraph: '证据路径', selectExpert: '选择一位专家查看证据路径。', excluded: '因利益冲突排除', weight: '权重',
		linkedTo: '识别为技术', linkedChain: '产业链', linkedOrganisation: '机构', linkedNothing: '文本未识别出任何技术、产业链或机构。',
		note_NO_EXPERT_IN_TECHNOLOGY: '该技术无专家', note_CHAIN_HAS_NO_ADVISERS: '该链无顾问专家',
		note_ALL_EXCLUDED_BY_CONFLICTS: '全部因利益冲突排除', note_TEXT_MATCHED_NO_TECHNOLOGY: '文本未识别出技术',
		note_TEXT_OFF_CHAIN: '文本技术不在该链', note_TOP_MATCHES_OFF_CHAIN: '前几名与该链无关联', note_CHAIN_FROM_TEXT: '产业链取自文本',
		chooseChallenge: '选择榜单', status: '状态', mode: '方式', budget: '预算（元）', deadline: '截止日期', postedAt: '发布时间',
		targets: '攻关技术', postedBy: '发榜方', history: '状态历史', applications: '揭榜团队', proposals: '推荐团队',
		coverage: '覆盖矩阵', member: '成员', role: '角色', communicationCost: '沟通成本', at: '时间', actor: '操作人', note: '备注',
		OPEN_COMPETITION: '揭榜挂帅', HORSE_RACE: '赛马', LEAD: '牵头', PARTNER: '合作',
		searchText: '搜索节点（中文或英文）', open: '打开', expand: '展开邻居', setFrom: '设为起点', setTo: '设为终点',
		from: '起点', to: '终点', findConnection: '查找关联', noPath: '在允许的步数内没有找到关联。', opened: '已打开的节点', neighbours: '邻居',
		selected: '选中节点', type: '类型', more: '另有', hitKeyboard: '用 Tab 键选择结果，回车打开。',
		signIn: '登录', signOut: '退出', apiKey: 'API 密钥', anonymous: '匿名访问', signedInAs: '已登录：', save: '确定', cancel: '取消',
		actions: '操作', postChallenge: '发布榜单', shortlist: '入围所选团队', award: '授予', dispatch: '派单', committee: '派单党组织',
		department: '接单部门', toExperts: '（自动派给前三位专家）', poster: '发榜单位', chainField: '产业链', technologiesField: '技术（可多选）',
		OPEN: '开放揭榜', SHORTLISTING: '入围评审', FUNDED: '已资助', AWARDED: '已授予', CLOSED: '已关闭', APPLIED: '已申请',
		SHORTLISTED: '已入围', DECLINED: '未入选', RAISED: '已点单', DISPATCHED: '已派单', ACCEPTED: '已接单', RESOLVED: '已解决',
		TECHNOLOGY: '技术', TALENT: '人才', FINANCING: '融资', LAND: '用地', MARKET: '市场', POLICY: '政策',
		noGaps: '没有缺口：每个环节的企业数都达到阈值。', noTalentGaps: '本链没有人才缺口。',
		nameZh: '名称（中文）', nameEnField: '名称（英文）', done: '已完成。', raisedBy: '提出企业', kind: '类型',
		sources: '来源', mirrorOf: '转载自', unknownOutlet: '（出处不明）', source_OFFICIAL: '官方', source_MEDIA: '媒体',
		source_TRADE: '行业媒体', source_ENCYCLOPEDIA: '百科', source_MIRROR: '镜像', source_UNKNOWN: '未分类',
		source_SPAM_REMOVED: '链接已删除（垃圾站）',
		// party page (pages/party.js): keys begin with party
		party: '党建', partyTitle: '产业链党建', partyFormation: '组建模式',
		partyFormation_CITY_LED: '本链的产业链党组织由市县党委主导组建（市县主导组建），试点的三种组建模式之一；现代家具、光伏、航空、有机硅四条链采用这一模式。',
		partyFormation_LEADER_SOE_LED: '本链的产业链党组织由链主国有企业带动组建（链主国有企业带动组建），试点的三种组建模式之一；汽车、铜、钨三条链采用这一模式。',
		partyFormation_ASSOCIATION_LED: '本链的产业链党组织由行业协会串联组建（行业协会串联组建），试点的三种组建模式之一；半导体照明链采用这一模式。',
		partyFormationNone: '图谱中没有记录本链的组建模式；它不是党建试点链。', partyLeaders: '链主企业：',
		partyCounted: '图谱统计（计数）', partyCountedHint: '以下数字只计图谱中记录的节点和关系，不等于来源报道的数字。',
		partyReported: '来源报道的数字（非计数）', partyReportedHint: '以下数字是来源文章报道的，图谱无法逐一计数；每项列出其来源及来源类型。',
		partyProvince: '全省试点的报道数字', partyOrganisations: '党组织', partyGuidanceCommittee: '党建指导委员会',
		partyChainCommittee: '产业链党委', partyGuidanceStations: '党建工作指导站', partyNoGuidanceStations: '图谱中没有记录本链的党建工作指导站。',
		partyNoneRecorded: '图谱中没有记录。', partyEnterprises: '本链企业', partyWithOrganisation: '有党组织的企业',
		partyShare: '有党组织企业占比', partyEnterprisesHint: '本链企业指图谱中属于本链环节的企业、链主企业和服务本链的创新联合体成员企业。',
		partyMembers: '成员企业党组织', partyHost: '所属单位', partyHostOnChain: '属本链企业', partyLinked: '由产业链党委联结',
		partyNoMembers: '图谱中没有记录本链成员企业的党组织。', partyPairings: '结对共建', partySince: '起始时间',
		partyNoPairings: '图谱中没有记录本链的结对共建。', partyPairedWith: '结对',
		partyDemands: '企业点单、党委派单、部门接单', partyRaised: '企业点单', partyDispatched: '党委派单', partyAccepted: '部门接单',
		partyResolved: '已解决', partyDemand: '需求', partyRaisedOnChain: '本链企业提出', partyDispatchedHere: '本链党委派单',
		partyNoDemands: '图谱中没有记录本链的需求。', partySynthetic: '生成数据', partySyntheticHint: '标为“生成数据”的需求是为演示工作流程生成的，不是来源事实。',
		partyFigure: '数字', partyValue: '数值', partyYear: '年份', partySubject: '关于', partySources: '来源', partyNoFigures: '来源没有报道本链的数字。',
		partyNoSource: '（没有来源）', partyUnknownChain: '找不到这条产业链：', partyMapLink: '本链党建', partyChainMapLink: '产业链图',
		partyUnit_sites: '个', partyUnit_mm: '毫米', partyUnit_km: '千米', partyUnit_groups: '个', partyUnit_problems: '个', partyUnit_days: '天',
		partyUnit_technologies: '项', partyUnit_patents: '项', partyUnit_packages: '套', partyUnit_systems: '套', partyUnit_enterprises: '家',
		partyUnit_members: '名', partyUnit_organisations: '个', partyUnit_people: '人', partyUnit_officers: '名', partyUnit_places: '位',
		partyRankValue: '第 {n} 名', partyUnit_yuan: '元', partyUnit_months: '个月', partyUnit_years: '年', 'partyUnit_wafers/day': '片/天',
		partyKind_GUIDANCE_COMMITTEE: '党建指导委员会', partyKind_CHAIN_COMMITTEE: '产业链党委', partyKind_COMMITTEE: '党委',
		partyKind_BRANCH: '党支部', partyKind_GUIDANCE_STATION: '党建工作指导站', partyLabel_Enterprise: '企业', partyLabel_Team: '团队',
		// end of party page
	},
	en: {
		skip: 'Skip to content', brand: 'Chain Graph', pagesNav: 'Pages',
		programme: 'Programme', chain: 'Chain', experts: 'Find experts', challenge: 'Challenges', explore: 'Explore', demands: 'Demands',
		loading: 'Loading', langToggle: '中文', nothing: 'Nothing found.',
		errNetwork: 'The service cannot be reached; check the connection and try again.', errBadRequest: 'The request was refused: ',
		errNotFound: 'Not found: ', errUnauthorized: 'Sign-in needed: ', errForbidden: 'Not allowed: ', errGeneric: 'The service answered with an error: ',
		counted: 'Counted in the graph', reported: 'Figures reported by sources (not counted)',
		chains: 'Chains', pilotChains: 'Pilot chains', keyChains: 'Key chains', consortia: 'Consortia', enterprises: 'Enterprises',
		chainLeaders: 'Chain leaders', institutes: 'Institutes', universities: 'Universities', expertsCount: 'Experts', academicians: 'Academicians',
		technologies: 'Technologies', bottlenecks: 'Bottlenecks', challengesByStatus: 'Challenges by status', demandsByStatus: 'Demands by status',
		formation: 'Formation', leader: 'Chain leader', members: 'Members', serves: 'Serves', name: 'Name', pilot: 'Pilot', keyChain: 'Key',
		CITY_LED: 'City-led', LEADER_SOE_LED: 'Led by a state-owned chain leader', ASSOCIATION_LED: 'Association-led', yes: 'yes', no: 'no',
		chooseChain: 'Choose a chain', chainMap: 'Chain map', upstream: 'Upstream', downstream: 'Downstream', gap: 'gap', gaps: 'Gaps to fill',
		legendEnterprise: 'Enterprise', legendLeader: 'Chain leader', legendBottleneck: 'Bottleneck technology', legendGap: 'Gap segment',
		talentGaps: 'Talent gaps', technology: 'Technology', severity: 'Severity', demand: 'Demand', supply: 'Supply', shortage: 'Shortage',
		consortiaServing: 'Consortia serving the chain', segment: 'Segment', enterpriseCount: 'Enterprises', layoutMs: 'Layout time',
		anyTechnology: '(any technology)', freeText: 'Need (free text)', academicianOnly: 'Academicians only', excludeConflicts: 'Leave out experts with a conflict with this enterprise',
		noExclusion: '(no exclusion)', search: 'Search', rank: 'Rank', score: 'Score', components: 'Score breakdown',
		expertise: 'Expertise', evidence: 'Evidence', propagation: 'Propagation', chainTies: 'Chain ties', trackRecord: 'Track record',
		evidenceGraph: 'Evidence paths', selectExpert: 'Select an expert to see the evidence paths.', excluded: 'Left out for conflicts', weight: 'weight',
		linkedTo: 'linked to', linkedChain: 'chain', linkedOrganisation: 'organisations', linkedNothing: 'The text named no technology, chain or organisation.',
		note_NO_EXPERT_IN_TECHNOLOGY: 'No expert in the technology', note_CHAIN_HAS_NO_ADVISERS: 'Chain without advisers',
		note_ALL_EXCLUDED_BY_CONFLICTS: 'All left out for conflicts', note_TEXT_MATCHED_NO_TECHNOLOGY: 'No technology in the text',
		note_TEXT_OFF_CHAIN: 'Text off the chain', note_TOP_MATCHES_OFF_CHAIN: 'Best matches off the chain', note_CHAIN_FROM_TEXT: 'Chain from the text',
		chooseChallenge: 'Choose a challenge', status: 'Status', mode: 'Mode', budget: 'Budget (yuan)', deadline: 'Deadline', postedAt: 'Posted',
		targets: 'Targeted technologies', postedBy: 'Posted by', history: 'History', applications: 'Applications', proposals: 'Proposed teams',
		coverage: 'Coverage matrix', member: 'Member', role: 'Role', communicationCost: 'Communication cost', at: 'At', actor: 'Actor', note: 'Note',
		OPEN_COMPETITION: 'Open competition', HORSE_RACE: 'Horse race', LEAD: 'lead', PARTNER: 'partner',
		searchText: 'Search nodes (Chinese or English)', open: 'Open', expand: 'Expand neighbours', setFrom: 'Set as start', setTo: 'Set as end',
		from: 'Start', to: 'End', findConnection: 'Find connection', noPath: 'No connection within the allowed number of steps.', opened: 'Opened nodes', neighbours: 'neighbours',
		selected: 'Selected node', type: 'Type', more: 'more', hitKeyboard: 'Tab to a result and press Enter to open it.',
		signIn: 'Sign in', signOut: 'Sign out', apiKey: 'API key', anonymous: 'Anonymous', signedInAs: 'Signed in: ', save: 'OK', cancel: 'Cancel',
		actions: 'Actions', postChallenge: 'Post a challenge', shortlist: 'Shortlist the selected teams', award: 'Award', dispatch: 'Dispatch', committee: 'Dispatching committee',
		department: 'Department', toExperts: '(to the three best experts)', poster: 'Poster', chainField: 'Chain', technologiesField: 'Technologies (several allowed)',
		OPEN: 'Open', SHORTLISTING: 'Shortlisting', FUNDED: 'Funded', AWARDED: 'Awarded', CLOSED: 'Closed', APPLIED: 'Applied',
		SHORTLISTED: 'Shortlisted', DECLINED: 'Declined', RAISED: 'Raised', DISPATCHED: 'Dispatched', ACCEPTED: 'Accepted', RESOLVED: 'Resolved',
		TECHNOLOGY: 'Technology', TALENT: 'Talent', FINANCING: 'Financing', LAND: 'Land', MARKET: 'Market', POLICY: 'Policy',
		noGaps: 'No gaps: every segment has enough enterprises.', noTalentGaps: 'No talent gaps on this chain.',
		nameZh: 'Name (Chinese)', nameEnField: 'Name (English)', done: 'Done.', raisedBy: 'Raised by', kind: 'Kind',
		sources: 'Sources', mirrorOf: 'Copy of', unknownOutlet: '(outlet unknown)', source_OFFICIAL: 'official', source_MEDIA: 'media',
		source_TRADE: 'trade media', source_ENCYCLOPEDIA: 'encyclopedia', source_MIRROR: 'mirror', source_UNKNOWN: 'unclassified',
		source_SPAM_REMOVED: 'link removed (spam host)',
		// party page (pages/party.js): keys begin with party
		party: 'Party building', partyTitle: 'Party building on the chain', partyFormation: 'Formation',
		partyFormation_CITY_LED: "The chain's party organisation was formed under the lead of the city and county party committees (市县主导组建), one of the pilots' three formation models, used on the furniture, photovoltaics, aviation and organosilicon chains.",
		partyFormation_LEADER_SOE_LED: "The chain's party organisation was formed with a state-owned chain-leader enterprise driving it (链主国有企业带动组建), one of the pilots' three formation models, used on the automotive, copper and tungsten chains.",
		partyFormation_ASSOCIATION_LED: "The chain's party organisation was linked up by an industry association (行业协会串联组建), one of the pilots' three formation models, used on the semiconductor lighting chain.",
		partyFormationNone: 'The graph records no formation for this chain; it is not a party-building pilot chain.', partyLeaders: 'Chain leaders: ',
		partyCounted: 'Counted in the graph', partyCountedHint: 'These figures count only the nodes and relationships the graph holds; they are not the figures the sources report.',
		partyReported: 'Figures reported by sources (not counted)', partyReportedHint: 'The sources report these figures; the graph cannot count them. Each is listed with its sources and their kind.',
		partyProvince: 'Province-wide figures reported for the pilots', partyOrganisations: 'Party organisations', partyGuidanceCommittee: 'Guidance committee',
		partyChainCommittee: 'Chain committee', partyGuidanceStations: 'Guidance stations', partyNoGuidanceStations: 'The graph records no guidance station on this chain.',
		partyNoneRecorded: 'None recorded in the graph.', partyEnterprises: "Chain's enterprises", partyWithOrganisation: 'With a party organisation',
		partyShare: 'Share with an organisation', partyEnterprisesHint: "The chain's enterprises are those the graph places in its segments, its chain leaders and the member enterprises of the consortia serving it.",
		partyMembers: "Member enterprises' party organisations", partyHost: 'Belongs to', partyHostOnChain: 'Enterprise of the chain', partyLinked: 'Linked by the chain committee',
		partyNoMembers: "The graph records no party organisation of this chain's member enterprises.", partyPairings: 'Pairings (共建)', partySince: 'Since',
		partyNoPairings: 'The graph records no pairing on this chain.', partyPairedWith: 'paired with',
		partyDemands: 'Enterprises order, the committee dispatches, departments take', partyRaised: 'Raised', partyDispatched: 'Dispatched', partyAccepted: 'Taken by a department',
		partyResolved: 'Resolved', partyDemand: 'Demand', partyRaisedOnChain: 'Raised on the chain', partyDispatchedHere: 'Dispatched by the committee',
		partyNoDemands: 'The graph records no demand on this chain.', partySynthetic: 'generated', partySyntheticHint: 'Demands marked "generated" were generated to show the workflow; they are not facts from a source.',
		partyFigure: 'Figure', partyValue: 'Value', partyYear: 'Year', partySubject: 'About', partySources: 'Sources', partyNoFigures: 'The sources report no figure for this chain.',
		partyNoSource: '(no source)', partyUnknownChain: 'No chain with this id: ', partyMapLink: 'Party building on this chain', partyChainMapLink: 'Chain map',
		partyUnit_sites: 'sites', partyUnit_mm: 'mm', partyUnit_km: 'km', partyUnit_groups: 'groups', partyUnit_problems: 'problems', partyUnit_days: 'days',
		partyUnit_technologies: 'technologies', partyUnit_patents: 'patents', partyUnit_packages: 'packages', partyUnit_systems: 'systems', partyUnit_enterprises: 'enterprises',
		partyUnit_members: 'members', partyUnit_organisations: 'organisations', partyUnit_people: 'people', partyUnit_officers: 'officers', partyUnit_places: 'places',
		partyRankValue: 'No. {n}', partyUnit_yuan: 'yuan', partyUnit_months: 'months', partyUnit_years: 'years', 'partyUnit_wafers/day': 'wafers a day',
		partyKind_GUIDANCE_COMMITTEE: 'Guidance committee', partyKind_CHAIN_COMMITTEE: 'Chain committee', partyKind_COMMITTEE: 'Committee',
		partyKind_BRANCH: 'Branch', partyKind_GUIDANCE_STATION: 'Guidance station', partyLabel_Enterprise: 'Enterprise', partyLabel_Team: 'Team',
		// end of party page
	},
};

let lang = 'zh';

export function language() {
	return lang;
}

export function setLanguage(next) {
	lang = next === 'en' ? 'en' : 'zh';
	document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
}

/** The label for a key; an unknown key (a status such as OPEN) is shown as it is. */
export function t(key) {
	return LABELS[lang][key] ?? LABELS.zh[key] ?? key;
}

/** A node's name in the chosen language, falling back to the other one and then to its id. */
export function nm(node) {
	if (!node) {
		return '';
	}
	const preferred = lang === 'en' ? node.nameEn : node.name;
	const other = lang === 'en' ? node.name : node.nameEn;
	return preferred || other || node.title || node.id;
}
