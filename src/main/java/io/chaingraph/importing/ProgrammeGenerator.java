package io.chaingraph.importing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

/**
 * Writes a synthetic programme {@code scale} times the seed's size in the import format,
 * for benchmarks: pilot chains with segments and a technology taxonomy each, consortia
 * with members, experts with expertise, publications that cite each other, challenges,
 * teams and demands. Everything is marked synthetic and named "合成…" / "Synthetic …".
 * <p>
 * The distributions are skewed the way real programmes are: chains differ in size, a few
 * hub enterprises work in many segments and supply many others, and a few prolific
 * experts write most publications, which collect citations by preferential attachment.
 * The same scale and seed always give the same bytes. Rows stream to disk as they are
 * made; only per-node integers (an enterprise's chain, an expert's technologies while its
 * papers are written, a citation pool per technology) stay in memory, never the graph.
 */
public final class ProgrammeGenerator {

	static final int SEGMENTS = 6;

	static final int TECHNOLOGIES = 8;

	private final int scale;

	private final SplittableRandom random;

	private final Map<String, BufferedWriter> writers = new LinkedHashMap<>();

	private Path dir = Path.of(".");

	private long nodes;

	private long relationships;

	public ProgrammeGenerator(int scale, long seed) {
		if (scale < 1 || scale > 10_000) {
			throw new IllegalArgumentException("scale must be between 1 and 10000");
		}
		this.scale = scale;
		this.random = new SplittableRandom(seed * 1_000_003L + scale);
	}

	/**
	 * What was written.
	 *
	 * @param nodes node rows
	 * @param relationships relationship rows
	 */
	public record Summary(long nodes, long relationships) {

	}

	public Summary write(Path dir) throws IOException {
		this.dir = dir;
		Files.createDirectories(dir.resolve("nodes"));
		Files.createDirectories(dir.resolve("relationships"));
		try {
			generate();
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		finally {
			for (BufferedWriter writer : this.writers.values()) {
				writer.close();
			}
			this.writers.clear();
		}
		return new Summary(this.nodes, this.relationships);
	}

	private void generate() {
		int chains = 8 * this.scale;
		int consortia = 6 * this.scale;
		int enterprises = 224 * this.scale;
		int universities = 39 * this.scale;
		int institutes = 37 * this.scale;
		int experts = 157 * this.scale;
		int challenges = 10 * this.scale;
		int demands = 24 * this.scale;

		header("nodes/City.csv", "id:ID(City),name:string,nameEn:string,synthetic:boolean,:LABEL");
		for (int i = 0; i < 11; i++) {
			node("nodes/City.csv", id("city", i), "合成城市-" + num(i), "Synthetic City " + num(i), "true", "City");
		}
		header("nodes/Chain.csv",
				"id:ID(Chain),name:string,nameEn:string,formation:string,keyChain:boolean,pilot:boolean,synthetic:boolean,:LABEL");
		String[] formations = { "CITY_LED", "LEADER_SOE_LED", "ASSOCIATION_LED" };
		for (int i = 0; i < 12; i++) {
			node("nodes/Chain.csv", id("keychain", i), "合成重点产业链-" + num(i), "Synthetic Key Chain " + num(i), null,
					"true", "false", "true", "Chain");
		}
		header("nodes/Segment.csv", "id:ID(Segment),name:string,nameEn:string,position:int,synthetic:boolean,:LABEL");
		header("nodes/Technology.csv",
				"id:ID(Technology),name:string,nameEn:string,kind:string,synthetic:boolean,:LABEL");
		for (int c = 0; c < chains; c++) {
			node("nodes/Chain.csv", id("chain", c), "合成产业链-" + num(c), "Synthetic Chain " + num(c), formations[c % 3],
					"false", "true", "true", "Chain");
			rel("SUB_CHAIN_OF", "Chain", "Chain", id("chain", c), id("keychain", c % 12));
			for (int s = 0; s < SEGMENTS; s++) {
				int segment = c * SEGMENTS + s;
				node("nodes/Segment.csv", id("segment", segment), "合成环节-" + num(segment),
						"Synthetic Segment " + num(segment), String.valueOf(s + 1), "true", "Segment");
				rel("HAS_SEGMENT", "Chain", "Segment", id("chain", c), id("segment", segment));
				if (s > 0) {
					rel("FEEDS", "Segment", "Segment", id("segment", segment - 1), id("segment", segment));
				}
			}
			technologies(c);
		}

		header("nodes/Consortium.csv", "id:ID(Consortium),name:string,nameEn:string,synthetic:boolean,:LABEL");
		for (int k = 0; k < consortia; k++) {
			node("nodes/Consortium.csv", id("consortium", k), "合成联合体-" + num(k), "Synthetic Consortium " + num(k),
					"true", "Consortium");
			rel("SERVES", "Consortium", "Chain", id("consortium", k), id("chain", chainOfConsortium(k)));
			if (k % 3 == 0) {
				rel("SERVES", "Consortium", "Chain", id("consortium", k),
						id("chain", (chainOfConsortium(k) + 1) % chains));
			}
		}

		header("nodes/Enterprise.csv",
				"id:ID(Enterprise),name:string,nameEn:string,chainLeader:boolean,ownership:string,specialisedSme:boolean,synthetic:boolean,:LABEL");
		String[] ownership = { "PRIVATE", "PRIVATE", "PRIVATE", "SOE", "FOREIGN" };
		int[] enterpriseChain = new int[enterprises];
		for (int e = 0; e < enterprises; e++) {
			int chain = skewed(chains);
			enterpriseChain[e] = chain;
			boolean leader = e < chains;
			if (leader) {
				chain = e;
				enterpriseChain[e] = e;
			}
			node("nodes/Enterprise.csv", id("enterprise", e), "合成企业-" + num(e), "Synthetic Enterprise " + num(e),
					String.valueOf(leader), ownership[this.random.nextInt(ownership.length)],
					String.valueOf(this.random.nextInt(3) == 0), "true", "Enterprise");
			if (leader) {
				rel("LEADS", "Enterprise", "Chain", id("enterprise", e), id("chain", chain));
			}
			boolean hub = e % 50 == 0;
			int segments = hub ? 4 + this.random.nextInt(3) : 1 + this.random.nextInt(2);
			for (int s : distinct(segments, SEGMENTS)) {
				rel("OPERATES_IN", "Enterprise", "Segment", id("enterprise", e), id("segment", chain * SEGMENTS + s));
			}
			rel("LOCATED_IN", "Enterprise", "City", id("enterprise", e), id("city", this.random.nextInt(11)));
			if (e > 0) {
				int suppliers = hub ? 3 : (this.random.nextInt(3) == 0 ? 1 : 0);
				for (int i = 0; i < suppliers; i++) {
					// Suppliers are drawn towards the hubs, the first enterprise of every
					// fifty.
					int supplier = this.random.nextInt(2) == 0 ? 50 * this.random.nextInt(Math.max(1, e / 50 + 1))
							: this.random.nextInt(e);
					if (supplier < e && supplier != e) {
						rel("SUPPLIES", "Enterprise", "Enterprise", id("enterprise", supplier), id("enterprise", e));
					}
				}
			}
		}

		header("nodes/University.csv", "id:ID(University),name:string,nameEn:string,synthetic:boolean,:LABEL");
		for (int u = 0; u < universities; u++) {
			node("nodes/University.csv", id("university", u), "合成大学-" + num(u), "Synthetic University " + num(u),
					"true", "University;Organization");
			rel("LOCATED_IN", "University", "City", id("university", u), id("city", u % 11));
		}
		header("nodes/Institute.csv", "id:ID(Institute),name:string,nameEn:string,synthetic:boolean,:LABEL");
		for (int i = 0; i < institutes; i++) {
			node("nodes/Institute.csv", id("institute", i), "合成研究院-" + num(i), "Synthetic Institute " + num(i), "true",
					"Institute;Organization");
			rel("LOCATED_IN", "Institute", "City", id("institute", i), id("city", (i * 7) % 11));
		}
		// Members: 147, 27 and 25 per six consortia, as in the seed.
		List<List<String[]>> members = new ArrayList<>();
		for (int k = 0; k < consortia; k++) {
			members.add(new ArrayList<>());
		}
		for (int e = 0; e < 147 * this.scale; e++) {
			int k = consortiumOfChain(enterpriseChain[e], consortia);
			member(members, k, "Enterprise", id("enterprise", e), e < chains);
		}
		for (int u = 0; u < 27 * this.scale; u++) {
			member(members, u % consortia, "University", id("university", u), false);
		}
		for (int i = 0; i < 25 * this.scale; i++) {
			member(members, (i * 5) % consortia, "Institute", id("institute", i), false);
		}

		experts(experts, consortia, members);
		challengesAndDemands(challenges, demands, chains, consortia, members);
	}

	private void technologies(int chain) {
		int base = chain * TECHNOLOGIES;
		for (int t = 0; t < TECHNOLOGIES; t++) {
			int tech = base + t;
			String kind = (t == 0) ? "DOMAIN" : (t % 3 == 0) ? "CHOKEPOINT" : (t % 3 == 1) ? "KEY_COMMON" : "FRONTIER";
			node("nodes/Technology.csv", id("tech", tech), "合成技术-" + num(tech), "Synthetic Technology " + num(tech),
					kind, "true", "Technology");
			if (t > 0) {
				// Two groups under the domain root, the rest under the groups.
				int parent = (t <= 2) ? base : base + 1 + (t % 2);
				rel("PART_OF", "Technology", "Technology", id("tech", tech), id("tech", parent));
				if (!kind.equals("FRONTIER")) {
					int severity = kind.equals("CHOKEPOINT") ? 4 + this.random.nextInt(2) : 2 + this.random.nextInt(2);
					rel("BOTTLENECK_OF", "Technology", "Chain", id("tech", tech), id("chain", chain), "severity",
							String.valueOf(severity));
					rel("BOTTLENECK_OF", "Technology", "Segment", id("tech", tech),
							id("segment", chain * SEGMENTS + (t % SEGMENTS)), "severity", String.valueOf(severity));
				}
			}
		}
	}

	private void experts(int experts, int consortia, List<List<String[]>> members) {
		header("nodes/Expert.csv",
				"id:ID(Expert),name:string,nameEn:string,academician:string,synthetic:boolean,title:string,:LABEL");
		header("nodes/Publication.csv",
				"id:ID(Publication),name:string,nameEn:string,abstract:string,abstractEn:string,kind:string,synthetic:boolean,title:string,titleEn:string,year:int,:LABEL");
		String[] titles = { "教授", "研究员", "正高级工程师", "高级工程师", "副教授" };
		String[] aspects = { "工艺优化", "可靠性", "机理", "产业化", "检测方法", "材料设计", "装备", "建模与仿真" };
		String[] aspectsEn = { "process optimisation", "reliability", "mechanisms", "industrialisation", "test methods",
				"materials design", "equipment", "modelling and simulation" };
		int chains = 8 * this.scale;
		// Per technology, one entry per publication plus one per citation it received.
		List<List<Integer>> citationPool = new ArrayList<>();
		for (int t = 0; t < chains * TECHNOLOGIES; t++) {
			citationPool.add(new ArrayList<>());
		}
		int publication = 0;
		int[] expertConsortium = new int[experts];
		for (int x = 0; x < experts; x++) {
			int k = x % consortia;
			expertConsortium[x] = k;
			int chain = chainOfConsortium(k);
			boolean academician = this.random.nextInt(100) < 8;
			String expert = id("expert", x);
			node("nodes/Expert.csv", expert, (academician ? "合成院士-" : "合成专家-") + num(x),
					(academician ? "Synthetic Academician " : "Synthetic Expert ") + num(x),
					academician ? (this.random.nextBoolean() ? "CAS" : "CAE") : null, "true",
					titles[this.random.nextInt(academician ? 3 : titles.length)], "Expert");
			rel("ADVISES", "Expert", "Consortium", expert, id("consortium", k), "role",
					(x < consortia) ? "CHAIR" : "MEMBER");
			List<String[]> pool = members.get(k);
			if (!pool.isEmpty()) {
				String[] org = pool.get(this.random.nextInt(pool.size()));
				rel("AFFILIATED_WITH", "Expert", org[0], expert, org[1]);
			}
			int known = Math.min(TECHNOLOGIES - 1, 1 + (int) pareto(1.6));
			int[] techs = distinct(known, TECHNOLOGIES - 1);
			for (int j = 0; j < techs.length; j++) {
				int tech = chain * TECHNOLOGIES + 1 + techs[j];
				int level = Math.max(1, Math.min(5, (academician ? 5 : 4) - j - this.random.nextInt(2)));
				rel("EXPERT_IN", "Expert", "Technology", expert, id("tech", tech), "level", String.valueOf(level));
			}
			// A few prolific authors write most papers.
			int papers = Math.min(60, (int) (pareto(1.5) * 2.5) + (academician ? 3 : 0));
			for (int p = 0; p < papers; p++) {
				int tech = chain * TECHNOLOGIES + 1 + techs[this.random.nextInt(techs.length)];
				String pub = id("pub", publication);
				int aspect = this.random.nextInt(aspects.length);
				boolean patent = this.random.nextInt(10) < 3;
				// The publication's number keeps two papers on one technology and aspect
				// apart; it draws nothing from the random sequence.
				String title = (patent ? "一种合成技术-" + num(tech) + "的" + aspects[aspect] + "方法"
						: "合成技术-" + num(tech) + aspects[aspect] + "研究") + "（合成 " + num(publication) + "）";
				String titleEn = (patent ? "A method for " + aspectsEn[aspect] + " of Synthetic Technology " + num(tech)
						: "Research on " + aspectsEn[aspect] + " of Synthetic Technology " + num(tech)) + " (synthetic "
						+ num(publication) + ")";
				node("nodes/Publication.csv", pub, title, titleEn, "合成示例数据：" + title,
						"Synthetic example record: " + titleEn, patent ? "PATENT" : "PAPER", "true", title, titleEn,
						String.valueOf(2010 + this.random.nextInt(16)), "Publication");
				rel("AUTHORED", "Expert", "Publication", expert, pub);
				if (x > 0 && this.random.nextInt(10) < 3) {
					int coauthor = x - 1 - this.random.nextInt(Math.min(x, consortia * 3));
					if (expertConsortium[coauthor] == k) {
						rel("AUTHORED", "Expert", "Publication", id("expert", coauthor), pub);
					}
				}
				rel("ABOUT", "Publication", "Technology", pub, id("tech", tech));
				List<Integer> cited = citationPool.get(tech);
				int references = cited.isEmpty() ? 0 : Math.min(3, this.random.nextInt(4));
				int[] seen = new int[references];
				Arrays.fill(seen, -1);
				for (int r = 0; r < references; r++) {
					int target = cited.get(this.random.nextInt(cited.size()));
					if (Arrays.stream(seen).noneMatch((earlier) -> earlier == target)) {
						seen[r] = target;
						rel("CITES", "Publication", "Publication", pub, id("pub", target));
						cited.add(target);
					}
				}
				cited.add(publication);
				publication++;
			}
		}
	}

	private void challengesAndDemands(int challenges, int demands, int chains, int consortia,
			List<List<String[]>> members) {
		header("nodes/Challenge.csv",
				"id:ID(Challenge),name:string,nameEn:string,budget:long,deadline:date,maxPartners:int,mode:string,status:string,synthetic:boolean,postedAt:datetime,:LABEL");
		header("nodes/StatusChange.csv",
				"id:ID(StatusChange),name:string,status:string,at:datetime,actor:string,note:string,synthetic:boolean,:LABEL");
		header("nodes/Team.csv", "id:ID(Team),name:string,nameEn:string,synthetic:boolean,:LABEL");
		String[] statuses = { "OPEN", "OPEN", "SHORTLISTING", "AWARDED", "CLOSED" };
		int team = 0;
		for (int c = 0; c < challenges; c++) {
			int k = c % consortia;
			int chain = chainOfConsortium(k);
			int tech = chain * TECHNOLOGIES + 1 + this.random.nextInt(TECHNOLOGIES - 1);
			boolean horseRace = c % 3 == 1;
			String status = horseRace && c % 5 == 3 ? "FUNDED" : statuses[c % statuses.length];
			String challenge = id("challenge", c);
			String budget = String.valueOf(1_000_000L * (1 + this.random.nextInt(10)));
			LocalDate deadline = LocalDate.of(status.equals("OPEN") ? 2027 : 2025, 1 + this.random.nextInt(12), 28);
			List<String> path = challengePath(status, horseRace);
			node("nodes/Challenge.csv", challenge, "合成揭榜-" + num(c), "Synthetic Challenge " + num(c), budget,
					deadline.toString(), "4", horseRace ? "HORSE_RACE" : "OPEN_COMPETITION", status, "true",
					challengeTime(deadline, "OPEN"), "Challenge");
			for (int step = 0; step < path.size(); step++) {
				history("Challenge", challenge, step, path.get(step), challengeTime(deadline, path.get(step)));
			}
			rel("POSTED", "Enterprise", "Challenge", id("enterprise", (c * 13) % (147 * this.scale)), challenge);
			rel("TARGETS", "Challenge", "Technology", challenge, id("tech", tech));
			// Every fourth challenge targets five of its chain's technologies, as a
			// chokepoint often spans several; they are chosen without drawing from the
			// random sequence, so everything generated after them stays as it was.
			if (c % 4 == 0) {
				for (int j = 1; j < 5; j++) {
					int other = chain * TECHNOLOGIES + 1 + (tech - chain * TECHNOLOGIES - 1 + j) % (TECHNOLOGIES - 1);
					rel("TARGETS", "Challenge", "Technology", challenge, id("tech", other));
				}
			}
			rel("ON_CHAIN", "Challenge", "Chain", challenge, id("chain", chain));
			int applicants = status.equals("OPEN") ? this.random.nextInt(3) : 2 + this.random.nextInt(3);
			for (int a = 0; a < applicants; a++) {
				String t = id("team", team);
				node("nodes/Team.csv", t, "合成团队-" + num(team), "Synthetic Team " + num(team), "true", "Team");
				team++;
				int lead = k + consortia * this.random.nextInt(Math.max(1, 157 * this.scale / consortia - 1));
				rel("MEMBER_OF_TEAM", "Expert", "Team", id("expert", lead), t, "role", "LEAD");
				rel("MEMBER_OF_TEAM", "Expert", "Team", id("expert", (lead + consortia) % (157 * this.scale)), t,
						"role", "PARTNER");
				List<String[]> pool = members.get(k);
				if (!pool.isEmpty()) {
					String[] org = pool.get(this.random.nextInt(pool.size()));
					rel("MEMBER_OF_TEAM", org[0], "Team", org[1], t, "role", "PARTNER");
				}
				String applied = switch (status) {
					case "AWARDED", "CLOSED" -> (a == 0) ? "AWARDED" : "DECLINED";
					case "FUNDED" -> (a < 2) ? "FUNDED" : "DECLINED";
					// Shortlisting declines every team it does not list.
					case "SHORTLISTING" -> (a < 2) ? "SHORTLISTED" : "DECLINED";
					default -> "APPLIED";
				};
				rel("APPLIED_TO", "Team", "Challenge", t, challenge, "status", applied);
			}
		}
		header("nodes/PartyOrganization.csv",
				"id:ID(PartyOrganization),name:string,nameEn:string,kind:string,synthetic:boolean,:LABEL");
		for (int c = 0; c < chains; c++) {
			node("nodes/PartyOrganization.csv", id("party", 2 * c), "合成指导委员会-" + num(c),
					"Synthetic Guidance Committee " + num(c), "GUIDANCE_COMMITTEE", "true", "PartyOrganization");
			node("nodes/PartyOrganization.csv", id("party", 2 * c + 1), "合成产业链党委-" + num(c),
					"Synthetic Chain Committee " + num(c), "CHAIN_COMMITTEE", "true", "PartyOrganization");
			rel("GUIDES", "PartyOrganization", "Chain", id("party", 2 * c), id("chain", c));
			rel("GUIDES", "PartyOrganization", "Chain", id("party", 2 * c + 1), id("chain", c));
		}
		header("nodes/Department.csv", "id:ID(Department),name:string,nameEn:string,synthetic:boolean,:LABEL");
		for (int d = 0; d < 5; d++) {
			node("nodes/Department.csv", id("dept", d), "合成职能部门-" + num(d), "Synthetic Department " + num(d), "true",
					"Department");
		}
		header("nodes/Demand.csv",
				"id:ID(Demand),name:string,nameEn:string,kind:string,raisedAt:datetime,status:string,synthetic:boolean,dispatchedAt:datetime,acceptedAt:datetime,resolvedAt:datetime,:LABEL");
		String[] kinds = { "TECHNOLOGY", "TALENT", "FINANCING", "LAND", "MARKET", "POLICY" };
		String[] workflow = { "RAISED", "DISPATCHED", "ACCEPTED", "RESOLVED" };
		for (int d = 0; d < demands; d++) {
			String demand = id("demand", d);
			int enterprise = this.random.nextInt(224 * this.scale);
			String status = workflow[d % workflow.length];
			// Dispatched six hours after it was raised, accepted two hours later,
			// resolved the next day: each time is the one of its StatusChange.
			ZonedDateTime raised = ZonedDateTime.of(2025, 1 + d % 12, 1 + d % 28, 9, 0, 0, 0, ZoneOffset.UTC);
			int reached = Arrays.asList(workflow).indexOf(status);
			String[] times = { raised.toString(), raised.plusHours(6).toString(), raised.plusHours(8).toString(),
					raised.plusHours(27).toString() };
			node("nodes/Demand.csv", demand, "合成需求-" + num(d), "Synthetic Demand " + num(d), kinds[d % kinds.length],
					times[0], status, "true", (reached >= 1) ? times[1] : null, (reached >= 2) ? times[2] : null,
					(reached >= 3) ? times[3] : null, "Demand");
			for (int step = 0; step <= reached; step++) {
				history("Demand", demand, step, workflow[step], times[step]);
			}
			rel("RAISED", "Enterprise", "Demand", id("enterprise", enterprise), demand);
			if (!status.equals("RAISED")) {
				rel("DISPATCHED", "PartyOrganization", "Demand", id("party", 2 * (d % chains) + 1), demand);
			}
			if (status.equals("ACCEPTED") || status.equals("RESOLVED")) {
				rel("ACCEPTED", "Department", "Demand", id("dept", d % 5), demand);
			}
		}
	}

	// The workflow's path to a status, as StatusFlow allows it: a horse race is funded
	// before it is awarded, and a closed challenge was awarded first.
	private static List<String> challengePath(String status, boolean horseRace) {
		List<String> all = horseRace ? List.of("OPEN", "SHORTLISTING", "FUNDED", "AWARDED", "CLOSED")
				: List.of("OPEN", "SHORTLISTING", "AWARDED", "CLOSED");
		return all.subList(0, all.indexOf(status) + 1);
	}

	// Posted three months before the deadline; each later move some weeks after it.
	private static String challengeTime(LocalDate deadline, String status) {
		int days = switch (status) {
			case "OPEN" -> -90;
			case "SHORTLISTING" -> 7;
			case "FUNDED" -> 21;
			case "AWARDED" -> 45;
			default -> 90;
		};
		return deadline.plusDays(days).atTime(9, 0).atZone(ZoneOffset.UTC).toString();
	}

	private void history(String label, String subject, int step, String status, String at) {
		String change = "sc_" + subject + "_" + (step + 1);
		node("nodes/StatusChange.csv", change, status, status, at, "generator", null, "true", "StatusChange");
		rel("HAS_STATUS_CHANGE", label, "StatusChange", subject, change);
	}

	private void member(List<List<String[]>> members, int consortium, String label, String id, boolean lead) {
		members.get(consortium).add(new String[] { label, id });
		rel("MEMBER_OF", label, "Consortium", id, id("consortium", consortium), "role", lead ? "LEAD" : "MEMBER");
	}

	// Chains 0..8N-1; consortium k serves chain k*8/6 so that six consortia cover eight
	// chains.
	private int chainOfConsortium(int consortium) {
		return (int) ((long) consortium * 8 / 6);
	}

	private int consortiumOfChain(int chain, int consortia) {
		return Math.min(consortia - 1, (int) ((long) chain * 6 / 8));
	}

	// Zipf-like: low indices are drawn far more often, so a few chains are large.
	private int skewed(int bound) {
		double u = this.random.nextDouble();
		return Math.min(bound - 1, (int) (bound * Math.pow(u, 1.8)));
	}

	private double pareto(double alpha) {
		return Math.pow(1 - this.random.nextDouble(), -1 / alpha) - 1;
	}

	private int[] distinct(int count, int bound) {
		int[] all = new int[bound];
		for (int i = 0; i < bound; i++) {
			all[i] = i;
		}
		for (int i = 0; i < Math.min(count, bound); i++) {
			int j = i + this.random.nextInt(bound - i);
			int swap = all[i];
			all[i] = all[j];
			all[j] = swap;
		}
		return Arrays.copyOf(all, Math.min(count, bound));
	}

	private static String id(String kind, int index) {
		return "g_%s_%06d".formatted(kind, index);
	}

	private static String num(int index) {
		return "%06d".formatted(index);
	}

	private void header(String file, String header) {
		line(file, header);
	}

	private void node(String file, @Nullable String... fields) {
		this.nodes++;
		csv(file, fields);
	}

	private void rel(String type, String start, String end, String from, String to, String... props) {
		this.relationships++;
		String file = "relationships/%s-%s-%s.csv".formatted(type, start, end);
		if (!this.writers.containsKey(file)) {
			StringBuilder header = new StringBuilder(":START_ID(%s),:END_ID(%s),:TYPE".formatted(start, end));
			for (int i = 0; i < props.length; i += 2) {
				header.append(',').append(props[i]).append(':').append(propertyType(props[i]));
			}
			line(file, header.toString());
		}
		String[] fields = new String[3 + props.length / 2];
		fields[0] = from;
		fields[1] = to;
		fields[2] = type;
		for (int i = 1; i < props.length; i += 2) {
			fields[3 + i / 2] = props[i];
		}
		csv(file, fields);
	}

	private static String propertyType(String name) {
		return switch (name) {
			case "level", "severity" -> "int";
			default -> "string";
		};
	}

	private void csv(String file, @Nullable String... fields) {
		try {
			new CsvWriter(writer(file)).row(Arrays.asList(fields));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void line(String file, String text) {
		try {
			BufferedWriter writer = writer(file);
			writer.write(text);
			writer.write('\n');
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private BufferedWriter writer(String file) throws IOException {
		BufferedWriter writer = this.writers.get(file);
		if (writer == null) {
			writer = Files.newBufferedWriter(this.dir.resolve(file), StandardCharsets.UTF_8);
			this.writers.put(file, writer);
		}
		return writer;
	}

}
