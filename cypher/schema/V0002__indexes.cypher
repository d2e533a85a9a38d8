// Range indexes for the filters and orderings the API offers: names in both languages,
// flags, statuses and dates.
CREATE INDEX chain_name IF NOT EXISTS FOR (n:Chain) ON (n.name);
CREATE INDEX chain_pilot IF NOT EXISTS FOR (n:Chain) ON (n.pilot);
CREATE INDEX segment_position IF NOT EXISTS FOR (n:Segment) ON (n.position);
CREATE INDEX enterprise_name IF NOT EXISTS FOR (n:Enterprise) ON (n.name);
CREATE INDEX enterprise_name_en IF NOT EXISTS FOR (n:Enterprise) ON (n.nameEn);
CREATE INDEX enterprise_chain_leader IF NOT EXISTS FOR (n:Enterprise) ON (n.chainLeader);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX organization_name_en IF NOT EXISTS FOR (n:Organization) ON (n.nameEn);
CREATE INDEX expert_name IF NOT EXISTS FOR (n:Expert) ON (n.name);
CREATE INDEX expert_name_en IF NOT EXISTS FOR (n:Expert) ON (n.nameEn);
CREATE INDEX expert_academician IF NOT EXISTS FOR (n:Expert) ON (n.academician);
CREATE INDEX technology_name IF NOT EXISTS FOR (n:Technology) ON (n.name);
CREATE INDEX publication_year IF NOT EXISTS FOR (n:Publication) ON (n.year);
CREATE INDEX challenge_status IF NOT EXISTS FOR (n:Challenge) ON (n.status);
CREATE INDEX challenge_deadline IF NOT EXISTS FOR (n:Challenge) ON (n.deadline);
CREATE INDEX demand_status IF NOT EXISTS FOR (n:Demand) ON (n.status);
CREATE INDEX demand_raised_at IF NOT EXISTS FOR (n:Demand) ON (n.raisedAt);
CREATE INDEX synthetic_expert IF NOT EXISTS FOR (n:Expert) ON (n.synthetic);
CREATE INDEX synthetic_enterprise IF NOT EXISTS FOR (n:Enterprise) ON (n.synthetic);
