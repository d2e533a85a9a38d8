#!/usr/bin/env python3
"""Builds the seed dataset in src/main/resources/seed/ from the programme's sources.

Inputs, in the repository: tools/seed/inputs/jiangxi.json (publicly sourced records, with sources, their kinds and
confidence; NOTES.md beside it explains them) and the facts of the seed article (tools/seed/inputs/FACTS.md), written
out below as data.
Output: CSV files in the neo4j-admin import format that the service imports (nodes/ and
relationships/). The output is committed; run this only to rebuild it:

    python3 tools/seed/build_seed.py [tools/seed/inputs/jiangxi.json [src/main/resources/seed]]

SeedBuilderTests runs it into a temporary directory and checks that the committed output is what it writes.

Rules kept here:
- Real organisations and people come from the sources and keep their sources and confidence.
- Where the article's counts need more organisations or people than the sources name, generated
  ones fill the gap: synthetic=true, and named "合成…" / "Synthetic …" so nobody mistakes them.
- A real organisation is made a consortium member only where a source says so; a real person gets
  only the roles, affiliation and expertise the sources give.
- The article's figures that the graph cannot enumerate are ReportedFigure nodes, not counts.
- Sources are as jiangxi.json gives them: each Source has its kind (official, media, trade, encyclopedia, mirror,
  spam-removed) and outlet; no url is on src/main/resources/model/spam-hosts.txt and a spam-removed source has none.
  The seed article (meta.seed_article) and the second article (meta.second_article) are Sources of their own.
- A real person is named only where a source that can be checked names them; otherwise the record keeps the
  organisation and drops the name (何善锦).
- Seeded challenges and demands carry the history the workflows would have written (StatusChange nodes), with
  their dates taken from it, written for the day in seed/AS_OF; SeedLoader moves them to the day the seed loads.
Deterministic: the same inputs give byte-identical files.
"""
import csv
import datetime
import hashlib
import json
import os
import random
import sys
from collections import defaultdict

RNG = random.Random(20251129)
# The teams' own draws, apart from RNG so that obeying the challenge rules changed the teams only.
TEAM_RNG = random.Random(20261201)

nodes = defaultdict(dict)  # label -> id -> props
labels_extra = {}  # id -> extra labels
rels = defaultdict(list)  # (type, start_label, end_label) -> [(s, e, props)]
node_label = {}  # id -> id-space label


def node(label, id_, **props):
    assert id_ not in node_label or node_label[id_] == label, id_
    node_label[id_] = label
    nodes[label].setdefault(id_, {}).update({k: v for k, v in props.items() if v is not None and v != ""})
    return id_


def rel(type_, s, e, **props):
    rels[(type_, node_label[s], node_label[e])].append((s, e, {k: v for k, v in props.items() if v is not None}))


KINDS = {"official", "media", "trade", "encyclopedia", "mirror", "spam-removed"}
SPAM_HOSTS_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src", "main", "resources",
                               "model", "spam-hosts.txt")
SPAM_HOSTS = set()

# The seed (meta.seed_article) is its own Source; it has no known URL.
SEED_ARTICLE = "src_seed_article"
SEED_HEADLINE = "党建引领产业兴——江西产业链党建试点工作纪实"
ARTICLE = "江西日报《党建引领产业兴——江西产业链党建试点工作纪实》 / Jiangxi Daily, the seed article"
# The separate article '“链”出强劲向新力' (meta.second_article): seen only on a spam site, so kind
# spam-removed, no URL and no outlet; the records that come from it cite it.
SECOND_ARTICLE = "src_second_article"


def load_spam_hosts():
    with open(SPAM_HOSTS_FILE, encoding="utf-8") as f:
        SPAM_HOSTS.update(line.strip().lower() for line in f if line.strip() and not line.startswith("#"))


def host(url):
    return url.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0].lower()


def seed_sources(d):
    seed = d["meta"]["seed_article"]
    node("Source", SEED_ARTICLE, name=SEED_HEADLINE,
         nameEn="Party building leads industry: a record of Jiangxi's industrial-chain party-building pilots",
         kind="media", outlet="江西日报",
         what=f"江西日报 党建月刊 ({seed['byline']}): {seed['topic']}"[:500].replace(";", "；"),
         notes="no URL of the original page is known; not dated, late 2024 or after")
    second = d["meta"]["second_article"]
    node("Source", SECOND_ARTICLE, name=second["title"], nameEn="'“链”出强劲向新力' (separate 2025-11 article)",
         kind="spam-removed",
         what="a separate 2025-11 article, not the seed; seen only as a partial copy on a gambling-spam site "
              "(URL removed), which names no outlet",
         notes="outlet unknown; the only copy found was on a spam site")


def source_id(src):
    if src.get("article"):
        return SECOND_ARTICLE
    kind = src["kind"]
    assert kind in KINDS, src
    url = src.get("url")
    if kind == "spam-removed":
        assert not url, src
        key = "spam-removed\n" + (src.get("outlet") or "") + "\n" + src["what"]
        sid = "src_" + hashlib.sha1(key.encode()).hexdigest()[:12]
        outlet = src.get("outlet")
        node("Source", sid, kind=kind, outlet=outlet, what=src["what"].replace(";", "；"),
             name=f"{outlet or '出处不明'}（链接已删除）", nameEn=f"{outlet or 'Unknown outlet'} (link removed: spam host)")
        return sid
    assert url and host(url) not in SPAM_HOSTS, src
    sid = "src_" + hashlib.sha1(url.encode()).hexdigest()[:12]
    node("Source", sid, url=url, kind=kind, outlet=src.get("outlet"), what=src.get("what", "").replace(";", "；"),
         name=url[:80], nameEn=url[:80])
    return sid


def sourced(id_, record):
    for src in record.get("sources", []):
        rel("SOURCED_FROM", id_, source_id(src))


def checkable(record):
    """True when a source that names the record can be looked up: any kind but spam-removed, or a
    removed spam copy that names its original outlet. (A source whose what says it does not name the
    record does not count.)"""
    name = record["name_zh"]
    return any((s["kind"] != "spam-removed" or s.get("outlet")) and "does not name " + name not in s["what"]
               for s in record["sources"])


def article_source(id_):
    rel("SOURCED_FROM", id_, SEED_ARTICLE)


def main(domain_path, out_dir):
    d = json.load(open(domain_path, encoding="utf-8"))
    load_spam_hosts()
    PEOPLE.update({p["id"]: p for p in d["people"]})
    seed_sources(d)
    build_cities(d)
    build_chains(d)
    build_organisations(d)
    build_technologies(d)
    build_consortia(d)
    build_experts()
    build_party_and_facts()
    build_challenges_and_demands()
    # The short names people search by (issue 15, finding 7): 江铜 is how the press and the
    # company itself abbreviate 江西铜业; without it a search for 江铜 ranks its projects and
    # mines, whose names start with 江铜, above the company.
    nodes["Enterprise"]["ent_jcc"]["aliases"] = ["江铜", "江西铜业", "Jiangxi Copper", "JCC"]
    write(out_dir)


# --- cities and chains --------------------------------------------------------------------------

def build_cities(d):
    for c in d["cities"]:
        node("City", c["id"], name=c["name_zh"], nameEn=c["name_en"], adminCode=c["admin_code_GB2260"],
             platePrefix=c["plate_prefix"], description=c.get("relevance_to_pilot_chains"),
             confidence=c["confidence"])
        sourced(c["id"], c)


FORMATION = {"furniture": "CITY_LED", "pv": "CITY_LED", "aviation": "CITY_LED", "organosilicon": "CITY_LED",
             "automotive": "LEADER_SOE_LED", "copper": "LEADER_SOE_LED", "tungsten": "LEADER_SOE_LED",
             "led": "ASSOCIATION_LED"}

# The article's own segments, exactly, for the two chains it describes.
ARTICLE_SEGMENTS = {
    "pv": [("硅片", "Silicon wafers", None), ("电池片", "Solar cells", None),
           ("辅材", "Auxiliary materials", ["光伏玻璃", "接线盒", "EVA胶膜"]), ("组件", "Modules", None),
           ("应用", "Applications", None)],
    "furniture": [("原料", "Raw materials", None), ("设计", "Design", None), ("制造", "Manufacturing", None),
                  ("销售", "Sales", None), ("配套", "Supporting services", None)],
}


# Segments of jiangxi.json that the seed names, so rated high as seed facts: 兆驰's epitaxial wafers
# (日产外延片约3.5万片) and LED chips (芯片产能位居全球前三), and the automotive chain's production and
# marketing (研发、生产、营销).
SEED_SEGMENTS = {"seg_led_3", "seg_led_4", "seg_automotive_4", "seg_automotive_6"}


def build_chains(d):
    plan = d["plan_1269"]
    for c in plan["twelve_chains"]:
        node("Chain", c["id"], name=c["name_zh"], nameEn=c["name_en"], pilot=False, keyChain=True,
             description="“1269”行动计划重点产业链 / key chain of the '1269' action plan", confidence="high")
        sourced(c["id"], plan)
    for c in d["chains"]:
        cid = "chain_" + c["id"]
        node("Chain", cid, name=c["name_zh"], nameEn=c["name_en"], pilot=True, keyChain=False,
             formation=FORMATION[c["id"]], description="产业链党建试点 / party-building pilot chain",
             confidence=c["confidence"])
        rel("SUB_CHAIN_OF", cid, c["parent_1269_chain"], confidence=c["parent_confidence"].split(" ")[0])
        sourced(cid, c)
        article_source(cid)
    # Named by the article (Yichun, Xinyu) but not one of the eight pilots.
    node("Chain", "chain_lithium", name="锂电新能源", nameEn="Lithium-battery new energy", pilot=False,
         keyChain=False, description="宜春、新余锂电产业链 / Yichun and Xinyu lithium chain", confidence="medium")
    rel("SUB_CHAIN_OF", "chain_lithium", "c1269_newenergy", confidence="medium")
    article_source("chain_lithium")

    by_chain = defaultdict(list)
    for s in d["segments"]:
        by_chain[s["chain_id"]].append(s)
    for c in d["chains"]:
        cid = "chain_" + c["id"]
        if c["id"] in ARTICLE_SEGMENTS:
            segs = []
            for i, (zh, en, comps) in enumerate(ARTICLE_SEGMENTS[c["id"]], 1):
                sid = node("Segment", f"seg_{c['id']}_a{i}", name=zh, nameEn=en, position=i, components=comps,
                           confidence="high")
                article_source(sid)
                segs.append(sid)
        else:
            segs = []
            for s in sorted(by_chain[c["id"]], key=lambda s: s["order_upstream_to_downstream"]):
                sid = node("Segment", s["id"], name=s["name_zh"], nameEn=s["name_en"],
                           position=s["order_upstream_to_downstream"], confidence=s["confidence"])
                sourced(sid, s)
                if sid in SEED_SEGMENTS:
                    article_source(sid)
                segs.append(sid)
        for sid in segs:
            rel("HAS_SEGMENT", cid, sid)
        for a, b in zip(segs, segs[1:]):
            rel("FEEDS", a, b)


# --- organisations -------------------------------------------------------------------------------

# Which of the chain's segments a real enterprise works in, from its 'segment' record (positions).
SEGMENT_OF = {
    "ent_jinko": [1, 2, 4], "ent_irico_pv": [3], "ent_hiuv": [3], "ent_haibo": [3], "ent_zhanyu": [4],
    "ent_zhongyu": [3], "ent_ldk": [1], "ent_ruijing": [1], "ent_shengyang": [1], "ent_cnbm_ruichang": [5],
    "ent_zhuosen": [2, 4], "ent_jcc": [1, 2, 4], "ent_jcc_guixi": [2], "ent_jcc_dexing": [1],
    "ent_jcc_yinshan": [1], "ent_jcc_chengmenshan": [1], "ent_jcc_strip": [4, 5], "ent_jcc_shangrao": [4],
    "ent_naipu": [1], "ent_xingye": [5], "ent_dahua": [4], "ent_baotai": [3], "ent_zhongli": [3],
    "ent_naile": [4], "ent_xiangrong": [5], "ent_kaian": [5], "ent_ruilin": [2], "ent_zhonghua_w": [1],
    "ent_tieshanlong": [1], "ent_jw_holding": [1, 2, 4], "ent_jw_carbide": [4], "ent_jw_park": [2, 3],
    "ent_zhangyuan": [1, 2, 3, 4], "ent_aoketai": [5], "ent_xianglu_jx": [3], "ent_jiujiang_jinlu": [4],
    "ent_yaosheng": [4], "ent_baili": [3], "ent_haisheng": [4], "ent_xinghuo": [2, 4], "ent_cabot_yx": [5],
    "ent_chenguang": [3, 5], "ent_hungpai": [3, 5], "ent_tianci_jj": [4], "ent_haiduo": [4],
    "ent_changfei": [3, 4], "ent_hongdu": [3, 4], "ent_jiangzhi": [4], "ent_changxing": [3],
    "ent_shenzhou6he": [4], "ent_xinhang": [3], "ent_jinghang_forge": [2], "ent_mingxing_forge": [2],
    "ent_comac_jx": [5], "ent_jmcg": [4], "ent_jmc": [4], "ent_jmh": [4], "ent_jmev": [4], "ent_isuzu_jx": [4],
    "ent_magna_jx": [3], "ent_bosch_xiaolan": [3], "ent_baic_changhe": [4], "ent_kama": [4],
    "ent_guoji_zhijun": [4], "ent_farasis": [2], "ent_yichun_catl": [1, 2], "ent_gotion_jx": [2],
    "ent_svolt_sr": [2], "ent_lattice": [3, 4], "ent_zhaochi": [2, 3, 4], "ent_qianzhao_jx": [4],
    "ent_lianchuang": [5, 6], "ent_xinlei": [4], "ent_amec_nc": [1], "ent_jinghe": [6], "ent_luye": [6],
    "ent_signify_kaiyao": [6], "ent_tuantuanyuan": [3], "ent_wanjiada": [3], "ent_huiming": [1],
    "ent_ganpu": [2], "ent_markor_nk": [3], "ent_yuexing_nk": [3, 4], "ent_lule": [1],
}
SOE = {"ent_jcc", "ent_jcc_guixi", "ent_jcc_dexing", "ent_jcc_yinshan", "ent_jcc_chengmenshan", "ent_jcc_strip",
       "ent_jcc_shangrao", "ent_jw_holding", "ent_jw_carbide", "ent_jw_park", "ent_changfei", "ent_hongdu",
       "ent_jinghang_forge", "ent_jmcg", "ent_jmh", "ent_jmev", "ent_comac_jx", "ent_zhonghua_w", "ent_irico_pv",
       "ent_cnbm_ruichang", "ent_ruilin", "ent_baic_changhe", "ent_guoji_zhijun", "ent_jinghe", "ent_xinghuo"}
FOREIGN = {"ent_magna_jx", "ent_bosch_xiaolan", "ent_cabot_yx", "ent_signify_kaiyao", "ent_isuzu_jx"}
LEADERS = {"ent_jinko": "pv", "ent_jcc": "copper", "ent_jmcg": "automotive", "ent_changfei": "aviation"}
# Duplicates across the two lists of jiangxi.json: the organisation record is kept for 602, the
# enterprise record for Nerin.
SKIP = {"ent_chrdi", "org_ruilin_org"}


def segment_ids(chain):
    return sorted([s for s in nodes["Segment"] if s.startswith(f"seg_{chain}_")],
                  key=lambda s: nodes["Segment"][s]["position"])


def build_organisations(d):
    for e in d["enterprises"]:
        if e["id"] in SKIP:
            continue
        ownership = "SOE" if e["id"] in SOE else "FOREIGN" if e["id"] in FOREIGN else "PRIVATE"
        node("Enterprise", e["id"], name=e["name_zh"], nameEn=e["name_en"], ownership=ownership,
             chainLeader=e["id"] in LEADERS, specialisedSme=False, city=e.get("city_en"),
             district=e.get("district"), description=(e.get("segment", "") + "; " + e.get("role", "")).strip("; "),
             historical=True if e["id"] == "ent_zhonghua_w" else None, confidence=e["confidence"],
             notes=e.get("notes"))
        sourced(e["id"], e)
        if e.get("named_in_source_article"):
            article_source(e["id"])
        if e.get("city_id"):
            rel("LOCATED_IN", e["id"], e["city_id"])
        for chain in e["chain_ids"]:
            segs = segment_ids(chain)
            positions = SEGMENT_OF.get(e["id"], [])
            if chain != e["chain_ids"][0]:
                positions = []
            for p in positions:
                if chain in ARTICLE_SEGMENTS and p > len(segs):
                    continue
                rel("OPERATES_IN", e["id"], segs[min(p, len(segs)) - 1])
    for eid, chain in LEADERS.items():
        rel("LEADS", eid, "chain_" + chain)
    # The article: Yichun's CATL and Gotion lead the lithium chain.
    rel("LEADS", "ent_yichun_catl", "chain_lithium")
    rel("LEADS", "ent_gotion_jx", "chain_lithium")
    # Named in the copper consortium's member list, not in jiangxi.json's enterprise list.
    node("Enterprise", "ent_gb_testing", name="国标(北京)检验认证有限公司", nameEn="Guobiao (Beijing) Testing & Certification",
         ownership="SOE", chainLeader=False, specialisedSme=False, city="Beijing", confidence="medium",
         description="copper consortium member (outside Jiangxi)")
    sourced("ent_gb_testing", {"sources": [s for c in d["consortia"] if c["id"] == "cons_copper" for s in c["sources"]]})

    for o in d["organizations"]:
        if o["id"] in SKIP:
            continue
        if o["type"] == "government":
            label, extra = "Department", None
        elif o["type"].startswith("university") or o["type"] == "college":
            label, extra = "University", "Organization"
        else:
            label, extra = "Institute", "Organization"
        node(label, o["id"], name=o["name_zh"], nameEn=o["name_en"], city=o.get("city_en"),
             description=o.get("role_evidence"), kind=o["type"], confidence=o["confidence"], notes=o.get("notes"))
        if extra:
            labels_extra[o["id"]] = extra
        sourced(o["id"], o)
        if o.get("city_id"):
            rel("LOCATED_IN", o["id"], o["city_id"])
    for zh, en, oid in [("中色创新研究院(天津)", "CNMC Innovation Research Institute (Tianjin)", "org_cnmc_inst"),
                        ("中国有研科技集团", "China GRINM Group", "org_grinm")]:
        node("Institute", oid, name=zh, nameEn=en, kind="research institute (outside Jiangxi)", confidence="medium",
             description="copper consortium member")
        labels_extra[oid] = "Organization"
        sourced(oid, {"sources": [s for c in d["consortia"] if c["id"] == "cons_copper" for s in c["sources"]]})
    rel("HOSTED_BY", "org_nerc_si_led", "org_ncu")
    rel("HOSTED_BY", "org_tongji_nc", "org_tongji")
    nodes["University"]["org_nchu"]["colleges"] = ["航空制造产业学院", "航空卓越工程师学院", "先进技术研究院"]
    article_source("org_nchu")
    article_source("org_tongji_nc")


# --- technologies --------------------------------------------------------------------------------

ROOTS = {"pv": ("光伏技术", "Photovoltaic technology"), "copper": ("铜加工与材料技术", "Copper processing and materials"),
         "tungsten": ("钨材料技术", "Tungsten materials technology"), "organosilicon": ("有机硅技术", "Organosilicon technology"),
         "aviation": ("航空制造技术", "Aviation manufacturing technology"), "automotive": ("汽车技术", "Automotive technology"),
         "led": ("半导体照明技术", "Semiconductor lighting technology"), "furniture": ("家具制造技术", "Furniture manufacturing technology")}
# The technology's segment position on its chain, for BOTTLENECK_OF a segment.
TECH_SEGMENT = {"tech_pv_topcon": 2, "tech_pv_tandem": 2, "tech_pv_glass": 3, "tech_pv_tape": 3, "tech_pv_cdte": 5,
                "tech_pv_polysi": 1, "tech_cu_cunisi": 5, "tech_cu_cufe": 5, "tech_cu_re_ofc": 4, "tech_cu_foil": 4,
                "tech_cu_flash": 2, "tech_cu_agwire": 5, "tech_cu_wear": 1, "tech_w_carbide": 4, "tech_w_hp_materials": 2,
                "tech_w_target": 4, "tech_w_pvwire": 4, "tech_w_tools": 5, "tech_w_powder_proc": 3, "tech_w_wcu": 4,
                "tech_si_monomer": 2, "tech_si_silane": 3, "tech_si_fumed": 5, "tech_si_aerogel": 5, "tech_si_pi": 4,
                "tech_si_specialty": 2, "tech_av_deice": 1, "tech_av_fbw": 1, "tech_av_vib": 1, "tech_av_blade": 3,
                "tech_av_smart": 4, "tech_av_dock": 4, "tech_av_evtol": 1, "tech_av_c919": 3, "tech_auto_hybrid": 3,
                "tech_auto_dct": 3, "tech_auto_ee": 5, "tech_auto_test": 5, "tech_auto_eaxle": 3,
                "tech_auto_pm_motor": 3, "tech_auto_light": 4, "tech_auto_lepidolite": 1, "tech_led_gan_si": 3,
                "tech_led_yellow": 3, "tech_led_micro": 4, "tech_led_mini": 4, "tech_led_mocvd": 1,
                "tech_led_flash": 6, "tech_fur_waterborne": 3, "tech_fur_shared_prep": 3, "tech_fur_platform": 4,
                "tech_fur_design": 2, "tech_led_si_substrate": 2, "tech_auto_hybrid_transmission": 3,
                "tech_auto_powertrain_digital": 3}
SEVERITY = {"bottleneck": 5, "bottleneck (per source article)": 5, "key_common_tech": 3,
            "key_common_tech (per source article)": 3, "frontier": 2, "historical_bottleneck": 2}
KIND = {"bottleneck": "CHOKEPOINT", "bottleneck (per source article)": "CHOKEPOINT", "key_common_tech": "KEY_COMMON",
        "key_common_tech (per source article)": "KEY_COMMON", "frontier": "FRONTIER",
        "bottleneck_resolved": "RESOLVED_BOTTLENECK", "historical_breakthrough": "HISTORICAL",
        "historical_bottleneck": "HISTORICAL"}
TECHS_BY_CHAIN = defaultdict(list)


def build_technologies(d):
    for chain, (zh, en) in ROOTS.items():
        # A domain root only groups the chain's technologies; it states no fact, so it has no
        # sources and no confidence.
        tid = node("Technology", f"tech_{chain}_root", name=zh, nameEn=en, kind="DOMAIN",
                   description=f"{zh}技术领域 / technology domain of the {en.split(' ')[0].lower()} chain")
    # Parents the taxonomy needs for the article's own technologies.
    node("Technology", "tech_led_si_substrate", name="硅衬底LED技术", nameEn="Silicon-substrate LED technology",
         aliases=["硅衬底LED", "硅基LED", "GaN-on-Si LED"], kind="CHOKEPOINT", confidence="high",
         description="世界第三条蓝光LED技术路线 / the world's third blue-LED technology route")
    article_source("tech_led_si_substrate")
    rel("PART_OF", "tech_led_si_substrate", "tech_led_root")
    TECHS_BY_CHAIN["led"].append("tech_led_si_substrate")
    for t in d["technologies"]:
        chain = t["chain_id"]
        node("Technology", t["id"], name=t["name_zh"], nameEn=t["name_en"], kind=KIND[t["kind"]],
             description=t.get("status"), confidence=t["confidence"], notes=t.get("notes"))
        sourced(t["id"], t)
        parent = "tech_led_si_substrate" if t["id"] in ("tech_led_gan_si", "tech_led_yellow", "tech_led_flash") \
            else f"tech_{chain}_root"
        rel("PART_OF", t["id"], parent)
        TECHS_BY_CHAIN[chain].append(t["id"])
    for tid, zh, en, parent in [
            ("tech_auto_hybrid_transmission", "混动变速箱", "Hybrid transmission", "tech_auto_hybrid"),
            ("tech_auto_powertrain_digital", "汽车动力总成数字化技术", "Digital powertrain technology", "tech_automotive_root")]:
        node("Technology", tid, name=zh, nameEn=en, kind="CHOKEPOINT" if tid.endswith("transmission") else "KEY_COMMON",
             confidence="high", description="source article")
        article_source(tid)
        rel("PART_OF", tid, parent)
        TECHS_BY_CHAIN["automotive"].append(tid)
    nodes["Technology"]["tech_cu_agwire"]["aliases"] = ["铜银合金线", "copper-silver alloy wire"]
    article_source("tech_cu_agwire")
    article_source("tech_av_dock")
    sev = {t["id"]: SEVERITY.get(t["kind"]) for t in d["technologies"]}
    sev.update({"tech_led_si_substrate": 4, "tech_auto_hybrid_transmission": 5, "tech_auto_powertrain_digital": 3})
    for chain, techs in TECHS_BY_CHAIN.items():
        segs = segment_ids(chain)
        for tid in techs:
            s = sev.get(tid)
            if not s:
                continue
            rel("BOTTLENECK_OF", tid, "chain_" + chain, severity=s)
            pos = TECH_SEGMENT.get(tid)
            if pos:
                rel("BOTTLENECK_OF", tid, segs[min(pos, len(segs)) - 1], severity=s)


# --- consortia, members and experts --------------------------------------------------------------

CONSORTIA = {  # id -> (chains served, real lead, real members)
    "cons_copper": (["copper"], "ent_jcc", ["org_jxas", "org_csu", "org_jxust", "ent_jcc_strip", "ent_xiangrong",
                                             "ent_kaian", "org_cnmc_inst", "ent_gb_testing", "org_grinm"]),
    "cons_pv": (["pv"], "ent_jinko", []),
    "cons_led": (["led"], "org_nerc_si_led", ["ent_lattice", "ent_zhaochi"]),
    "cons_aviation": (["aviation"], "org_nchu", []),
    "cons_auto_unverified": (["automotive"], None, []),
    "cons_lithium_context": (["automotive", "lithium"], None, []),
}
# The article's totals over the six consortia, reached with synthetic members after the real ones.
TARGET = {"Enterprise": 147, "Institute": 25, "University": 27}
CHAIN_ABBR = {"copper": "铜", "pv": "光伏", "led": "照明", "aviation": "航空", "automotive": "汽车", "lithium": "锂电"}
CHAIN_EN = {"copper": "Copper", "pv": "PV", "led": "LED", "aviation": "Aviation", "automotive": "Auto",
            "lithium": "Lithium"}
MEMBERS = defaultdict(list)  # consortium -> member ids
EXPERT_CHAINS = {}


def build_consortia(d):
    for c in d["consortia"]:
        chains, lead, members = CONSORTIA[c["id"]]
        node("Consortium", c["id"], name=c["name_zh"], nameEn=c["name_en"],
             aliases=[a.split(" (")[0] for a in c.get("alt_names", [])], founded=c.get("founded"),
             description=c.get("size"), confidence=c["confidence"].split(" ")[0], notes=c.get("notes"))
        sourced(c["id"], c)
        for chain in chains:
            rel("SERVES", c["id"], "chain_" + chain)
        if lead:
            rel("MEMBER_OF", lead, c["id"], role="LEAD")
            MEMBERS[c["id"]].append(lead)
        for m in members:
            rel("MEMBER_OF", m, c["id"], role="MEMBER")
            MEMBERS[c["id"]].append(m)
    article_source("cons_led")
    nodes["Consortium"]["cons_led"]["aliases"] = ["省发光电材料产业科技创新联合体"]
    counts = {lab: len({m for ms in MEMBERS.values() for m in ms if node_label[m] == lab}) for lab in TARGET}
    order = list(CONSORTIA)
    for lab, target in TARGET.items():
        for i in range(target - counts[lab]):
            cons = order[i % len(order)]
            chain = CONSORTIA[cons][0][-1] if cons == "cons_lithium_context" else CONSORTIA[cons][0][0]
            n = sum(1 for x in nodes[lab] if x.startswith(f"syn_{lab.lower()}_{chain}_")) + 1
            kind = {"Enterprise": ("企业", "Enterprise"), "Institute": ("研究院", "Institute"),
                    "University": ("大学", "University")}[lab]
            sid = f"syn_{lab.lower()}_{chain}_{n:03d}"
            props = dict(name=f"合成{kind[0]}-{CHAIN_ABBR[chain]}-{n:03d}",
                         nameEn=f"Synthetic {kind[1]} {CHAIN_EN[chain]}-{n:03d}", synthetic=True)
            if lab == "Enterprise":
                props.update(ownership=RNG.choice(["PRIVATE", "PRIVATE", "PRIVATE", "SOE", "FOREIGN"]),
                             chainLeader=False, specialisedSme=RNG.random() < 0.35)
            node(lab, sid, **props)
            if lab != "Enterprise":
                labels_extra[sid] = "Organization"
            rel("MEMBER_OF", sid, cons, role="MEMBER")
            MEMBERS[cons].append(sid)
            if lab == "Enterprise" and chain in ROOTS:
                segs = segment_ids(chain)
                rel("OPERATES_IN", sid, segs[RNG.randrange(len(segs))])
            elif lab == "Enterprise":  # lithium: battery materials and batteries on the automotive chain
                rel("OPERATES_IN", sid, segment_ids("automotive")[RNG.randrange(2)])


TITLES = [("教授", "Professor"), ("研究员", "Research Professor"), ("正高级工程师", "Professorial Senior Engineer"),
          ("高级工程师", "Senior Engineer"), ("副教授", "Associate Professor")]
ASPECTS = [("工艺优化", "process optimisation"), ("可靠性", "reliability"), ("机理", "mechanisms"),
           ("产业化", "industrialisation"), ("检测方法", "test methods"), ("材料设计", "materials design"),
           ("装备", "equipment"), ("建模与仿真", "modelling and simulation")]
# Advisory committee sizes: 157 experts, 13 academicians (Jiang Fengyi plus 12 synthetic).
COMMITTEE = {"cons_copper": (30, 3), "cons_pv": (28, 2), "cons_led": (27, 3), "cons_aviation": (26, 2),
             "cons_auto_unverified": (24, 2), "cons_lithium_context": (22, 1)}


PEOPLE = {}


def build_experts():
    node("Expert", "person_jiang_fengyi", name="江风益", nameEn="Jiang Fengyi", title="教授、中国科学院院士",
         academician="CAS", confidence="high",
         description="南昌大学；国家硅基LED工程技术研究中心主任 / Nanchang University; director of the national GaN-on-Si LED engineering centre")
    article_source("person_jiang_fengyi")
    # The person is real: only the roles his checkable sources (and the seed) give him.
    assert checkable(PEOPLE["person_jiang_fengyi"])
    sourced("person_jiang_fengyi", PEOPLE["person_jiang_fengyi"])
    rel("AFFILIATED_WITH", "person_jiang_fengyi", "org_ncu")
    rel("AFFILIATED_WITH", "person_jiang_fengyi", "org_nerc_si_led")
    rel("ADVISES", "person_jiang_fengyi", "cons_led", role="CHAIR")
    for tid, level in [("tech_led_si_substrate", 5), ("tech_led_gan_si", 5), ("tech_led_yellow", 5)]:
        rel("EXPERT_IN", "person_jiang_fengyi", tid, level=level)

    pub_no = 0
    publications_by_tech = defaultdict(list)
    for cons, (size, academicians) in COMMITTEE.items():
        chain = CONSORTIA[cons][0][0]
        techs = [t for t in TECHS_BY_CHAIN[chain] if t not in ("tech_led_si_substrate",)]
        members = [m for m in MEMBERS[cons] if nodes[node_label[m]][m].get("synthetic")]
        count = size - (1 if cons == "cons_led" else 0)
        for i in range(count):
            acad = i < academicians - (1 if cons == "cons_led" else 0)
            n = i + 1
            eid = f"syn_expert_{cons[5:].split('_')[0]}_{n:03d}"
            abbr = CHAIN_ABBR[chain]
            # Named by the consortium, as the id is: cons_lithium_context serves the automotive
            # chain first, and naming its experts by that chain gave 21 names to two people each.
            named = "lithium" if cons == "cons_lithium_context" else chain
            title = RNG.choice(TITLES[:3]) if acad else RNG.choice(TITLES)
            node("Expert", eid, name=f"合成{'院士' if acad else '专家'}-{CHAIN_ABBR[named]}-{n:03d}",
                 nameEn=f"Synthetic {'Academician' if acad else 'Expert'} {CHAIN_EN[named]}-{n:03d}",
                 title=title[0] + ("、院士" if acad else ""), academician=RNG.choice(["CAS", "CAE"]) if acad else None,
                 synthetic=True)
            EXPERT_CHAINS[eid] = chain
            rel("ADVISES", eid, cons, role="CHAIR" if (i == 0 and cons != "cons_led") else "MEMBER")
            rel("AFFILIATED_WITH", eid, members[RNG.randrange(len(members))])
            # Skewed expertise: a few broad experts, most with one or two technologies.
            k = 1 + min(3, int(RNG.paretovariate(1.6)))
            chosen = RNG.sample(techs, min(k, len(techs)))
            if cons == "cons_led" and acad:  # synthetic LED academicians work beside, not on, Si-substrate LED
                chosen = [t for t in chosen if t not in ("tech_led_gan_si", "tech_led_yellow", "tech_led_flash")] or ["tech_led_micro"]
            for j, tid in enumerate(chosen):
                level = max(1, min(5, (5 if acad else 4) - j - RNG.randrange(2)))
                rel("EXPERT_IN", eid, tid, level=level)
            # Publications and patents, consistent with the expertise: more for higher levels.
            for j, tid in enumerate(chosen):
                for _ in range(RNG.randrange(1, 4 if acad else 3) + (1 if j == 0 else 0)):
                    pub_no += 1
                    pid = f"syn_pub_{pub_no:04d}"
                    tech = nodes["Technology"][tid]
                    asp = RNG.choice(ASPECTS)
                    kind = "PATENT" if RNG.random() < 0.3 else "PAPER"
                    year = RNG.randrange(2015, 2026)
                    # The number keeps two papers on one technology and aspect apart.
                    if kind == "PATENT":
                        title = f"一种{tech['name']}的{asp[0]}方法（合成 {pub_no:04d}）"
                        title_en = f"A method for {asp[1]} of {tech['nameEn']} (synthetic {pub_no:04d})"
                    else:
                        title = f"{tech['name']}{asp[0]}研究（合成 {pub_no:04d}）"
                        title_en = f"Research on {asp[1]} of {tech['nameEn']} (synthetic {pub_no:04d})"
                    node("Publication", pid, name=title, nameEn=title_en, title=title, titleEn=title_en, kind=kind,
                         year=year, synthetic=True,
                         abstract=f"本文为合成示例数据，讨论{tech['name']}的{asp[0]}问题及其在{abbr}产业链中的应用。",
                         abstractEn=f"Synthetic example record on {asp[1]} of {tech['nameEn']} and its use on the "
                                    f"{CHAIN_EN[chain]} chain.")
                    rel("AUTHORED", eid, pid)
                    rel("ABOUT", pid, tid)
                    for earlier in RNG.sample(publications_by_tech[tid], min(2, len(publications_by_tech[tid]))):
                        rel("CITES", pid, earlier)
                    publications_by_tech[tid].append(pid)
    # Co-authors: some papers have a second author from the same committee.
    experts_by_chain = defaultdict(list)
    for e, c in EXPERT_CHAINS.items():
        experts_by_chain[c].append(e)
    for (t, s, e), rows in list(rels.items()):
        if t != "AUTHORED":
            continue
        for author, pid, _ in list(rows):
            if RNG.random() < 0.3:
                other = RNG.choice(experts_by_chain[EXPERT_CHAINS[author]])
                if other != author:
                    rows.append((other, pid, {}))


# --- party organisations and the article's facts ------------------------------------------------

def figure(fid, name, name_en, value, unit, year=None, target=None, scope=None):
    node("ReportedFigure", fid, name=name, nameEn=name_en, value=float(value), unit=unit, year=year, scope=scope,
         sourceNote=ARTICLE)
    article_source(fid)
    if target:
        rel("REPORTED_FOR", fid, target)


def build_party_and_facts():
    chain_names = {c: nodes["Chain"]["chain_" + c] for c in FORMATION}
    for c, ch in chain_names.items():
        g = node("PartyOrganization", f"party_{c}_guidance", name=f"{ch['name']}产业链党建指导委员会",
                 nameEn=f"{ch['nameEn']} chain party-building guidance committee", kind="GUIDANCE_COMMITTEE")
        k = node("PartyOrganization", f"party_{c}_chain", name=f"{ch['name']}产业链党委",
                 nameEn=f"{ch['nameEn']} chain party committee", kind="CHAIN_COMMITTEE")
        for x in (g, k):
            article_source(x)
            rel("GUIDES", x, "chain_" + c)
    # 何善锦 (person_he_shanjin) is named only by the second article, whose one copy is on a spam
    # site and names no outlet: no source that can be checked names him, so the chain committee
    # keeps no secretary's name, and no node of the seed names him.
    assert not checkable(PEOPLE["person_he_shanjin"]), "何善锦 now has a checkable source: review the seed"
    # Enterprise organisations the chain committees link up, where the article names them.
    for eid, zh, en, chain in [("ent_jinko", "晶科能源党委", "JinkoSolar party committee", "pv"),
                               ("ent_jmcg", "江铃集团党委", "JMCG party committee", "automotive"),
                               ("ent_changfei", "昌飞公司党委", "Changhe Aircraft party committee", "aviation"),
                               ("ent_naipu", "耐普矿机党委", "Naipu Mining Machinery party committee", "copper"),
                               ("ent_zhaochi", "兆驰半导体党委", "Zhaochi Semiconductor party committee", "led")]:
        pid = node("PartyOrganization", f"party_{eid[4:]}", name=zh, nameEn=en, kind="COMMITTEE")
        article_source(pid)
        rel("HAS_ORGANIZATION", eid, pid)
        rel("LINKS", f"party_{chain}_chain", pid)
    jcc_org = node("PartyOrganization", "party_jcc_materials", name="江铜集团材料设备公司党委",
                   nameEn="JCC materials and equipment company party committee", kind="COMMITTEE")
    article_source(jcc_org)
    rel("HAS_ORGANIZATION", "ent_jcc", jcc_org)
    rel("LINKS", "party_copper_chain", jcc_org)
    rel("PAIRED_WITH", jcc_org, "party_naipu")
    ach("ach_naipu_rating", "耐普矿机党建考核16年来首次获评优秀", "Naipu rated excellent for the first time in 16 years",
        2022, "RATING", ["ent_naipu"], [])
    figure("fig_naipu_years", "首次获评优秀前的年数", "Years before the first excellent rating", 16, "years", 2022,
           "ach_naipu_rating")

    # Hybrid-transmission task force (2023): JMC, the Nanchang NEV institute and Magna Powertrain (Jiangxi).
    node("Team", "team_hybrid_transmission", name="混动变速箱攻关专班", nameEn="Hybrid-transmission task force",
         description="2023年组建，设临时党支部 / formed in 2023 with a temporary party branch")
    article_source("team_hybrid_transmission")
    for m, role in [("ent_jmcg", "LEAD"), ("org_tongji_nc", "PARTNER"), ("ent_magna_jx", "PARTNER")]:
        rel("MEMBER_OF_TEAM", m, "team_hybrid_transmission", role=role)
    branch = node("PartyOrganization", "party_hybrid_branch", name="混动变速箱攻关临时党支部",
                  nameEn="Hybrid-transmission task force temporary party branch", kind="BRANCH")
    article_source(branch)
    rel("HAS_ORGANIZATION", "team_hybrid_transmission", branch)
    ach("ach_hybrid_transmission", "混动变速箱打破国外垄断", "Hybrid transmission breaks the foreign monopoly", 2023,
        "BREAKTHROUGH", ["team_hybrid_transmission"], ["tech_auto_hybrid_transmission"])
    ach("ach_powertrain_digital", "汽车动力总成数字化技术获中国汽车工业科学技术奖二等奖",
        "Digital powertrain technology wins China Automotive Industry S&T Award, second prize", None, "AWARD",
        ["ent_jmcg"], ["tech_auto_powertrain_digital"])
    # Copper chain: the copper-silver alloy micro-wire.
    node("Team", "team_copper_agwire", name="铜产业链铜银合金微细线联合攻关", nameEn="Copper chain joint team on copper-silver micro-wire",
         description="链上企业联合攻关 / chain enterprises working together")
    article_source("team_copper_agwire")
    rel("MEMBER_OF_TEAM", "ent_jcc", "team_copper_agwire", role="LEAD")
    ach("ach_copper_agwire", "拉制0.016毫米铜银合金线坯，微细线连续100公里不断线，达世界先进水平",
        "0.016 mm copper-silver alloy wire blank; micro-wire runs 100 km without breaking (world-advanced)", None,
        "BREAKTHROUGH", ["team_copper_agwire"], ["tech_cu_agwire"])
    figure("fig_agwire_diameter", "铜银合金线坯直径", "Copper-silver wire blank diameter", 0.016, "mm", None, "ach_copper_agwire")
    figure("fig_agwire_length", "微细线连续不断线长度", "Micro-wire length without a break", 100, "km", None, "ach_copper_agwire")
    # Changhe: young-member task force and the docking equipment.
    node("Team", "team_changhe_youth", name="昌飞青年党员突击队", nameEn="Changhe young party members' task force",
         description="一年建成直升机结构智能装配 / built intelligent helicopter-structure assembly in one year")
    article_source("team_changhe_youth")
    rel("MEMBER_OF_TEAM", "ent_changfei", "team_changhe_youth", role="LEAD")
    ach("ach_changhe_docking", "国内首台大型直升机机身段数字化自动调姿对接装备",
        "First domestic digital automatic pose-adjusting docking equipment for large helicopter fuselage sections",
        None, "BREAKTHROUGH", ["team_changhe_youth", "ent_changfei"], ["tech_av_dock", "tech_av_smart"])
    for fid, zh, en, v, unit in [("fig_changhe_systems", "系统", "Systems built", 12, "systems"),
                                 ("fig_changhe_software", "软件", "Software packages", 9, "packages"),
                                 ("fig_changhe_keytech", "关键技术", "Key technologies", 8, "technologies"),
                                 ("fig_changhe_patents", "申请发明专利", "Invention patents filed", 13, "patents"),
                                 ("fig_changhe_days_before", "对接周期（改造前）", "Docking time before", 7, "days"),
                                 ("fig_changhe_days_after", "对接周期（改造后，约）", "Docking time after (about)", 3, "days")]:
        figure(fid, zh, en, v, unit, None, "ach_changhe_docking")
    # JinkoSolar's smart factory.
    ach("ach_jinko_factory", "晶科能源150亿元智慧工厂4个月投产", "JinkoSolar's 15-billion-yuan smart factory in production within 4 months",
        None, "PROJECT", ["ent_jinko"], ["tech_pv_topcon"])
    rel("SUPPORTED", "party_pv_chain", "ach_jinko_factory")
    figure("fig_jinko_investment", "智慧工厂投资", "Smart factory investment", 15_000_000_000, "yuan", None, "ach_jinko_factory")
    figure("fig_jinko_months", "投产用时", "Months to production", 4, "months", None, "ach_jinko_factory")
    # Other figures the article reports.
    figure("fig_jcc_fortune_rank", "《财富》世界500强排名", "Fortune Global 500 rank", 157, "rank", 2024, "ent_jcc")
    figure("fig_jcc_fortune_gain", "排名较上年上升", "Rank gained on the year before", 14, "places", 2024, "ent_jcc")
    figure("fig_zhaochi_epi", "日产外延片", "Epitaxial wafers per day (about)", 35000, "wafers/day", None, "ent_zhaochi")
    figure("fig_aviation_groups", "联合攻关小组（超过）", "Joint research groups (over)", 60, "groups", None, "chain_aviation")
    figure("fig_aviation_problems", "解决生产难题（近）", "Production problems solved (close to)", 100, "problems", None, "chain_aviation")
    figure("fig_led_capacity_rank", "LED芯片产能全球排名（前三）", "LED chip capacity world rank (top three)", 3, "rank", None, "chain_led")
    for fid, zh, en, v, unit, year in [
            ("fig_furniture_enterprises", "企业（超过）", "Enterprises (over)", 8000, "enterprises", 2022),
            ("fig_furniture_workers", "从业人员（近）", "Workers (nearly)", 500000, "people", 2022),
            ("fig_furniture_orgs_2022", "试点初期党组织", "Party organisations at the pilot's start", 81, "organisations", 2022),
            ("fig_furniture_members_2022", "试点初期在册党员", "Party members at the pilot's start", 603, "members", 2022),
            ("fig_furniture_sales_enterprises", "销售端企业", "Sales-end enterprises", 1278, "enterprises", 2022),
            ("fig_furniture_sales_orgs", "销售端党组织", "Party organisations in sales-end enterprises", 7, "organisations", 2022),
            ("fig_furniture_station_coverage", "每个指导站覆盖企业（约）", "Enterprises per guidance station (about)", 30, "enterprises", None),
            ("fig_furniture_new_orgs", "指导站孵化党组织", "Organisations incubated by guidance stations", 21, "organisations", 2024),
            ("fig_furniture_new_members", "指导站发展党员", "New members through guidance stations", 117, "members", 2024)]:
        figure(fid, zh, en, v, unit, year, "chain_furniture")
    node("PartyOrganization", "party_furniture_stations", name="现代家具产业链党建工作指导站",
         nameEn="Modern furniture chain party-building guidance stations", kind="GUIDANCE_STATION",
         description="覆盖原料、设计、制造、销售、配套五大端口 / cover the five ports: raw materials, design, manufacturing, sales, supporting")
    article_source("party_furniture_stations")
    rel("GUIDES", "party_furniture_stations", "chain_furniture")
    for fid, zh, en, v, unit in [("fig_new_orgs", "新建党组织", "New party organisations", 253, "organisations"),
                                 ("fig_guidance_officers", "选派党建指导员", "Party-building guidance officers sent", 425, "officers"),
                                 ("fig_activity_sites", "建成活动阵地", "Activity sites built", 378, "sites")]:
        figure(fid, zh, en, v, unit, None, None, scope="PROVINCE")
    nodes["City"]["city_xinyu"]["description"] += "；锂电产业链“三张清单”：企业需求、链上资源、项目清单 / lithium chain's three lists: enterprise needs, chain resources, projects"
    nodes["Enterprise"]["ent_zhonghua_w"]["description"] += "；红色教育基地，钨产业链企业联建活动场所 / 'red' heritage site used by tungsten chain enterprises for joint activities"


def ach(aid, zh, en, year, kind, by, advances):
    node("Achievement", aid, name=zh, nameEn=en, year=year, kind=kind)
    article_source(aid)
    for b in by:
        rel("ACHIEVED", b, aid)
    for t in advances:
        rel("ADVANCES", aid, t)


# --- challenges and demands (synthetic examples of the workflows) -----------------------------

# The day the seed's workflow dates are written for: every step is on or before it and every OPEN
# challenge's deadline after it. SeedLoader shifts the workflow dates (deadline, postedAt,
# raisedAt..resolvedAt, StatusChange.at) by whole days so that this day becomes the day the seed
# loads; it reads the day from seed/AS_OF, written here.
AS_OF = datetime.date(2025, 12, 1)
ACTOR = "seed"
HISTORY = defaultdict(list)  # subject id -> [(status, at, note)]


def at(day, hour):
    return f"{day.isoformat()}T{hour:02d}:00:00Z"


def history(subject, steps):
    HISTORY[subject].extend(steps)
    for n, (status, when, note) in enumerate(steps, 1):
        scid = node("StatusChange", f"sc_seed_{subject}_{n}", name=status, status=status, at=when, actor=ACTOR,
                    note=note)
        rel("HAS_STATUS_CHANGE", subject, scid)


def challenge_steps(mode, status, posted, deadline, shortlisted, funded, winner):
    """The moves ChallengeWorkflow would have made to bring a challenge to its status."""
    path = ["OPEN", "SHORTLISTING"] + (["FUNDED"] if mode == "HORSE_RACE" else []) + ["AWARDED", "CLOSED"]
    path = path[:path.index(status) + 1]
    notes = {"OPEN": "posted", "SHORTLISTING": "shortlisted " + ", ".join(shortlisted),
             "FUNDED": "funded " + ", ".join(funded), "AWARDED": f"awarded to {winner}", "CLOSED": "closed"}
    days = {"OPEN": posted, "SHORTLISTING": deadline + datetime.timedelta(days=3),
            "FUNDED": deadline + datetime.timedelta(days=20), "AWARDED": deadline + datetime.timedelta(days=45),
            "CLOSED": deadline + datetime.timedelta(days=60)}
    return [(st, at(days[st], 10), notes[st]) for st in path]


def keep_or_replace(drawn, free):
    """drawn if the rules leave it free, else another free one; either way no longer free."""
    chosen = drawn if drawn in free else TEAM_RNG.choice(free)
    free.remove(chosen)
    return chosen


def build_challenges_and_demands():
    syn_ents = {c: [m for m in MEMBERS[c] if node_label[m] == "Enterprise" and nodes["Enterprise"][m].get("synthetic")]
                for c in MEMBERS}
    experts = defaultdict(list)
    for (t, s, e), rows in rels.items():
        if t == "ADVISES":
            for a, b, _ in rows:
                if a.startswith("syn_"):
                    experts[b].append(a)
    affiliation = {a: b for (t, s, e), rows in rels.items() if t == "AFFILIATED_WITH" for a, b, _ in rows}
    plan = [("cons_copper", "tech_cu_cunisi", "OPEN_COMPETITION", "OPEN"),
            ("cons_copper", "tech_cu_agwire", "HORSE_RACE", "FUNDED"),
            ("cons_pv", "tech_pv_tandem", "HORSE_RACE", "SHORTLISTING"),
            ("cons_pv", "tech_pv_glass", "OPEN_COMPETITION", "AWARDED"),
            ("cons_led", "tech_led_micro", "OPEN_COMPETITION", "OPEN"),
            ("cons_led", "tech_led_mini", "HORSE_RACE", "CLOSED"),
            ("cons_aviation", "tech_av_dock", "OPEN_COMPETITION", "SHORTLISTING"),
            ("cons_aviation", "tech_av_fbw", "HORSE_RACE", "OPEN"),
            ("cons_auto_unverified", "tech_auto_hybrid_transmission", "OPEN_COMPETITION", "CLOSED"),
            ("cons_lithium_context", "tech_auto_lepidolite", "OPEN_COMPETITION", "OPEN")]
    team_no = 0
    for i, (cons, tid, mode, status) in enumerate(plan, 1):
        cid = f"syn_challenge_{i:02d}"
        tech = nodes["Technology"][tid]
        chain = "chain_" + (CONSORTIA[cons][0][0])
        second = [t for t in TECHS_BY_CHAIN[CONSORTIA[cons][0][0]]
                  if t not in (tid, "tech_led_si_substrate") and any(r[0] == t for r in rels[("BOTTLENECK_OF", "Technology", "Chain")])]
        targets = [tid] + ([RNG.choice(second)] if i % 3 == 0 else [])
        budget = RNG.choice([2, 3, 5, 8, 10]) * 1_000_000
        month = RNG.randrange(1, 13)
        # Workflow dates relative to AS_OF: an OPEN challenge was posted weeks ago and is due
        # months ahead; a later one's deadline passed before its shortlisting, and every step is
        # on or before AS_OF.
        if status == "OPEN":
            posted = AS_OF - datetime.timedelta(days=10 + 3 * i)
            deadline = AS_OF + datetime.timedelta(days=30 * month)
        else:
            deadline = AS_OF - datetime.timedelta(days=70 + 2 * month)
            posted = deadline - datetime.timedelta(days=90)
        poster = syn_ents[cons][i % len(syn_ents[cons])]
        node("Challenge", cid, name=f"揭榜挂帅：{tech['name']}（合成）" if mode == "OPEN_COMPETITION" else f"赛马：{tech['name']}（合成）",
             nameEn=f"{'Open competition' if mode == 'OPEN_COMPETITION' else 'Horse race'}: {tech['nameEn']} (synthetic)",
             mode=mode, status=status, budget=budget, deadline=deadline.isoformat(), maxPartners=4,
             postedAt=at(posted, 10),
             description=f"合成示例：面向{tech['name']}的卡脖子关键共性技术攻关。/ Synthetic example challenge on {tech['nameEn']}.",
             synthetic=True)
        rel("POSTED", poster, cid)
        for t in targets:
            rel("TARGETS", cid, t)
        rel("ON_CHAIN", cid, chain)
        applicants = 0 if status == "OPEN" and i % 2 else RNG.randrange(2, 5)
        # The challenge rules: the poster and its people are in no team, and nobody is in two of
        # the teams that compete for one challenge.
        free = [e for e in experts[cons] if affiliation.get(e) != poster]
        partners = [e for e in syn_ents[cons] if e != poster]
        teams = []
        for a in range(applicants):
            team_no += 1
            team = node("Team", f"syn_team_{team_no:03d}", name=f"合成团队-{team_no:03d}",
                        nameEn=f"Synthetic Team {team_no:03d}", synthetic=True)
            # The draws of the rule-blind generator are kept (so the other synthetic data stays as
            # it was); a drawn member the rules exclude is replaced from what is left.
            drawn_lead = RNG.choice(experts[cons])
            drawn = RNG.sample([e for e in experts[cons] if e != drawn_lead], RNG.randrange(1, 3))
            drawn_partner = RNG.choice(syn_ents[cons])
            lead = keep_or_replace(drawn_lead, free)
            rel("MEMBER_OF_TEAM", lead, team, role="LEAD")
            for p in drawn:
                rel("MEMBER_OF_TEAM", keep_or_replace(p, free), team, role="PARTNER")
            partner = keep_or_replace(drawn_partner, partners)
            rel("MEMBER_OF_TEAM", partner, team, role="PARTNER")
            # As ChallengeWorkflow leaves them: shortlisting declines the teams it leaves out,
            # funding declines the shortlisted it leaves out, an award declines all but the winner.
            st = {"OPEN": "APPLIED", "SHORTLISTING": "SHORTLISTED" if a < 2 else "DECLINED",
                  "FUNDED": "FUNDED" if a < 2 else "DECLINED", "AWARDED": "AWARDED" if a == 0 else "DECLINED",
                  "CLOSED": "AWARDED" if a == 0 else "DECLINED"}[status]
            rel("APPLIED_TO", team, cid, status=st)
            teams.append(team)
            if st == "AWARDED":
                ach(f"ach_{cid}", f"{tech['name']}攻关成果（合成）", f"Result on {tech['nameEn']} (synthetic)", 2025,
                    "CHALLENGE_WON", [team], [tid])
                nodes["Achievement"][f"ach_{cid}"]["synthetic"] = True
        history(cid, challenge_steps(mode, status, posted, deadline, teams[:2], teams[:2], teams[0] if teams else None))

    departments = []
    for key, zh, en in [("sti", "科技", "Science and Technology"), ("finance", "金融", "Finance"),
                        ("land", "自然资源", "Natural Resources"), ("commerce", "商务", "Commerce"),
                        ("hr", "人力资源", "Human Resources")]:
        departments.append(node("Department", f"syn_dept_{key}", name=f"合成职能部门·{zh}",
                                nameEn=f"Synthetic Department ({en})", synthetic=True))
    kinds = [("TECHNOLOGY", "技术攻关", "technology"), ("TALENT", "人才引进", "talent"), ("FINANCING", "融资", "financing"),
             ("LAND", "用地", "land"), ("MARKET", "市场拓展", "market"), ("POLICY", "政策咨询", "policy")]
    statuses = ["RAISED", "DISPATCHED", "ACCEPTED", "RESOLVED"]
    dept_for = {"TECHNOLOGY": "syn_dept_sti", "TALENT": "syn_dept_hr", "FINANCING": "syn_dept_finance",
                "LAND": "syn_dept_land", "MARKET": "syn_dept_commerce", "POLICY": "syn_dept_sti"}
    cons_chain = {c: CONSORTIA[c][0][0] for c in CONSORTIA}
    n = 0
    for ki, (kind, zh, en) in enumerate(kinds):
        for si, status in enumerate(statuses):
            n += 1
            cons = list(CONSORTIA)[n % len(CONSORTIA)]
            ent = syn_ents[cons][n % len(syn_ents[cons])]
            day = 1 + (n * 7) % 27
            raised = f"2025-{1 + n % 11:02d}-{day:02d}T09:00:00Z"
            props = dict(name=f"{zh}需求（合成）-{n:02d}", nameEn=f"Synthetic {en} demand {n:02d}", kind=kind,
                         status=status, raisedAt=raised, synthetic=True,
                         description=f"合成示例：企业{zh}需求。/ Synthetic example of an enterprise {en} request.")
            if si >= 1:
                props["dispatchedAt"] = raised.replace("T09", "T15")
            if si >= 2:
                props["acceptedAt"] = raised.replace("T09", "T17")
            if si >= 3:
                props["resolvedAt"] = raised[:8] + f"{min(day + 1, 28):02d}T12:00:00Z"
            assert max(v for k, v in props.items() if k.endswith("At")) <= at(AS_OF, 0)
            did = node("Demand", f"syn_demand_{n:02d}", **props)
            rel("RAISED", ent, did)
            if kind == "TECHNOLOGY":
                rel("CONCERNS", did, RNG.choice([t for t in TECHS_BY_CHAIN[cons_chain[cons]] if t != "tech_led_si_substrate"]))
            # The committee of the raising enterprise's chain dispatches it (it GUIDES that chain),
            # to the department that then accepts it.
            committee = f"party_{cons_chain[cons]}_chain"
            assert ("GUIDES", committee, "chain_" + cons_chain[cons]) in {
                ("GUIDES", a, b) for a, b, _ in rels[("GUIDES", "PartyOrganization", "Chain")]}
            if si >= 1:
                rel("DISPATCHED", committee, did)
                rel("DISPATCHED_TO", did, dept_for[kind])
            if si >= 2:
                rel("ACCEPTED", dept_for[kind], did)
            steps = [("RAISED", props["raisedAt"], "raised")]
            if si >= 1:
                steps.append(("DISPATCHED", props["dispatchedAt"], dept_for[kind]))
            if si >= 2:
                steps.append(("ACCEPTED", props["acceptedAt"], dept_for[kind]))
            if si >= 3:
                steps.append(("RESOLVED", props["resolvedAt"], "resolved"))
            history(did, steps)


# --- output --------------------------------------------------------------------------------------

TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}
FIRST = ["name", "nameEn"]


def column_type(values):
    types = {type(v) for v in values}
    if types == {list}:
        return "string[]"
    if len(types) != 1:
        raise ValueError(f"mixed types {types}")
    t = types.pop()
    return TYPES[t]


def fmt(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return ";".join(x.replace(";", "；") for x in v)
    if isinstance(v, float):
        return repr(v)
    return str(v)


TYPED = {"level": "int", "position": "int", "severity": "int", "year": "int", "maxPartners": "int",
         "raisedAt": "datetime", "dispatchedAt": "datetime", "acceptedAt": "datetime", "resolvedAt": "datetime",
         "deadline": "date", "postedAt": "datetime", "at": "datetime"}


def write(out):
    os.makedirs(os.path.join(out, "nodes"), exist_ok=True)
    os.makedirs(os.path.join(out, "relationships"), exist_ok=True)
    for label in sorted(nodes):
        rows = nodes[label]
        keys = sorted({k for p in rows.values() for k in p})
        keys = [k for k in FIRST if k in keys] + [k for k in keys if k not in FIRST]
        header = [f"id:ID({label})"] + [
            f"{k}:{TYPED.get(k) or column_type([p[k] for p in rows.values() if k in p])}" for k in keys] + [":LABEL"]
        with open(os.path.join(out, "nodes", f"{label}.csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(header)
            for id_ in sorted(rows):
                p = rows[id_]
                lab = label + (";" + labels_extra[id_] if id_ in labels_extra else "")
                w.writerow([id_] + [fmt(p[k]) if k in p else "" for k in keys] + [lab])
    for (t, s, e) in sorted(rels):
        rows = rels[(t, s, e)]
        seen = set()
        unique = []
        for a, b, p in rows:
            if (a, b) not in seen:
                seen.add((a, b))
                unique.append((a, b, p))
        keys = sorted({k for _, _, p in unique for k in p})
        header = [f":START_ID({s})", f":END_ID({e})", ":TYPE"] + [
            f"{k}:{TYPED.get(k) or column_type([p[k] for _, _, p in unique if k in p])}" for k in keys]
        with open(os.path.join(out, "relationships", f"{t}-{s}-{e}.csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(header)
            for a, b, p in sorted(unique, key=lambda r: (r[0], r[1])):
                w.writerow([a, b, t] + [fmt(p[k]) if k in p else "" for k in keys])
    with open(os.path.join(out, "AS_OF"), "w", encoding="utf-8") as f:
        f.write(AS_OF.isoformat() + "\n")
    total_n = sum(len(v) for v in nodes.values())
    total_r = sum(len(set((a, b) for a, b, _ in v)) for v in rels.values())
    print(f"{total_n} nodes, {total_r} relationships in {out}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tools/seed/inputs/jiangxi.json",
         sys.argv[2] if len(sys.argv) > 2 else "src/main/resources/seed")
