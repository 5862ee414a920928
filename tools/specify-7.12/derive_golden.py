#!/usr/bin/env python3
"""Derive Specify 7.12 per-discipline-type setup defaults from the golden run.

Dev tool. Reads the golden material that Specify 7.12.0.6's own setup code wrote
(../shared/specify-golden/):
  - reconcile/<table>.json   rows added by create_division / create_discipline_and_trees_task /
                             create_collection (disciplines 2..7)
  - specify-7.12.0.6-bootstrap.sql  the guided setup (discipline 1, botany)
and writes discipline-types/<type>.json and common.json in the agreed format
(see README.md next to this folder).  With --check-after it also parses
specify-7.12.0.6-reconcile-after.sql.gz and checks that the rows used equal the
rows of the final database (ids and all columns).

Usage: derive_golden.py [--golden DIR] [--out DIR] [--check-after]
"""
import argparse
import gzip
import json
import os
import re
import sys
from collections import OrderedDict, defaultdict

TABLES = [
    "discipline", "collection", "collectionobjecttype", "spappresourcedir",
    "taxontreedef", "taxontreedefitem",
    "geographytreedef", "geographytreedefitem", "geography",
    "geologictimeperiodtreedef", "geologictimeperiodtreedefitem", "geologictimeperiod",
    "lithostrattreedef", "lithostrattreedefitem", "lithostrat",
    "tectonicunittreedef", "tectonicunittreedefitem", "tectonicunit",
    "picklist", "picklistitem", "preptype", "uniquenessrule", "uniquenessrule_fields",
]

RANK_COLUMNS = ["RankID", "Name", "Title", "IsEnforced", "IsInFullName", "FullNameSeparator",
                "TextBefore", "TextAfter", "FormatToken", "Remarks"]
PICKLIST_COLUMNS = ["Name", "Type", "TableName", "FieldName", "FilterFieldName", "FilterValue",
                    "Formatter", "IsSystem", "ReadOnly", "SizeLimit", "SortType"]
ITEM_COLUMNS = ["Title", "Value", "Ordinal"]

# tree kind -> (treedef table, item table, node table, FK column naming the treedef on the discipline)
TREE_KINDS = OrderedDict([
    ("geography", ("geographytreedef", "geographytreedefitem", "geography", "GeographyTreeDefID")),
    ("chronostratigraphy", ("geologictimeperiodtreedef", "geologictimeperiodtreedefitem",
                            "geologictimeperiod", "GeologicTimePeriodTreeDefID")),
    ("lithostratigraphy", ("lithostrattreedef", "lithostrattreedefitem", "lithostrat",
                           "LithoStratTreeDefID")),
    ("tectonic_unit", ("tectonicunittreedef", "tectonicunittreedefitem", "tectonicunit",
                       "TectonicUnitTreeDefID")),
    ("taxon", ("taxontreedef", "taxontreedefitem", None, "TaxonTreeDefID")),
])

TIMESTAMP_COLUMNS = {"TimestampCreated", "TimestampModified", "TimestampVersion"}
UUID_COLUMNS = {"GUID"}


# ----------------------------------------------------------------------------- dump parsing
def _parse_values(text, pos):
    """Parse '(...),(...);' starting at pos; return (list of tuples, end pos)."""
    rows, n = [], len(text)
    while pos < n:
        while text[pos] in " \n\r\t,":
            pos += 1
        if text[pos] == ";":
            return rows, pos + 1
        assert text[pos] == "(", text[pos:pos + 50]
        pos += 1
        row = []
        while True:
            c = text[pos]
            if c == "'":
                pos += 1
                buf = []
                while True:
                    c = text[pos]
                    if c == "\\":
                        nxt = text[pos + 1]
                        buf.append({"n": "\n", "r": "\r", "t": "\t", "0": "\0", "Z": "\x1a",
                                    "b": "\b"}.get(nxt, nxt))
                        pos += 2
                    elif c == "'":
                        if text[pos + 1] == "'":
                            buf.append("'")
                            pos += 2
                        else:
                            pos += 1
                            break
                    else:
                        buf.append(c)
                        pos += 1
                row.append("".join(buf))
            else:
                m = re.compile(r"[^,)]*").match(text, pos)
                tok = m.group(0).strip()
                pos = m.end()
                if tok == "NULL":
                    row.append(None)
                elif re.fullmatch(r"-?\d+", tok):
                    row.append(int(tok))
                elif re.fullmatch(r"-?\d+\.\d*(e[-+]?\d+)?", tok, re.I):
                    row.append(tok)  # keep decimals textual, as written
                elif tok.startswith("_binary"):
                    row.append(tok)
                else:
                    raise ValueError("unparsed token %r" % tok)
            if text[pos] == ",":
                pos += 1
                continue
            assert text[pos] == ")", text[pos:pos + 50]
            pos += 1
            rows.append(row)
            break
    return rows, pos


def load_dump(path, tables):
    """Return {table: [row dict in dump order]} for the wanted tables of a mysqldump file."""
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        text = f.read()
    columns, out = {}, defaultdict(list)
    for m in re.finditer(r"CREATE TABLE `(\w+)` \((.*?)\n\)", text, re.S):
        cols = re.findall(r"^\s+`(\w+)`", m.group(2), re.M)
        columns[m.group(1)] = cols
    for m in re.finditer(r"INSERT INTO `(\w+)` VALUES\s*", text):
        t = m.group(1)
        if t not in tables:
            continue
        rows, _ = _parse_values(text, m.end())
        for r in rows:
            assert len(r) == len(columns[t]), (t, r)
            out[t].append(dict(zip(columns[t], r)))
    return out


def load_reconcile(dirpath, tables):
    out = defaultdict(list)
    for t in tables:
        p = os.path.join(dirpath, t + ".json")
        if os.path.exists(p):
            with open(p, encoding="utf-8") as f:
                out[t] = json.load(f)["added"]
    return out


def pk_of(row):
    return next(iter(row.values()))  # first column is the primary key in every table used


# ----------------------------------------------------------------------------- helpers
def pick(row, cols):
    return OrderedDict((c, row[c]) for c in cols if c in row)


def plain_columns(row):
    """All columns except the primary key, timestamps, FKs (…ID) and random uuids."""
    pk = next(iter(row))
    out = OrderedDict()
    for c, v in row.items():
        if c == pk or c in TIMESTAMP_COLUMNS or c.endswith("ID") or c in UUID_COLUMNS:
            continue
        out[c] = v
    return out


class Golden:
    def __init__(self, rows):
        self.rows = rows
        self.by_pk = {t: {pk_of(r): r for r in rs} for t, rs in rows.items()}

    def where(self, table, col, val):
        return sorted((r for r in self.rows[table] if r[col] == val), key=pk_of)

    def ranks(self, item_table, fk_col, treedef_id, problems, label):
        items = self.where(item_table, fk_col, treedef_id)
        prev = None
        for it in items:
            if it["ParentItemID"] != prev:
                problems.append("%s: rank %s ParentItemID=%s, previous item=%s"
                                % (label, it["Name"], it["ParentItemID"], prev))
            prev = pk_of(it)
        return [pick(it, RANK_COLUMNS) for it in items]


def derive(golden_dir):
    boot = load_dump(os.path.join(golden_dir, "specify-7.12.0.6-bootstrap.sql"), TABLES)
    rec = load_reconcile(os.path.join(golden_dir, "reconcile"), TABLES)
    merged = {t: list(boot.get(t, [])) + list(rec.get(t, [])) for t in TABLES}
    g = Golden(merged)
    problems = []
    per_type, commons = OrderedDict(), []
    for disc in sorted(merged["discipline"], key=pk_of):
        did = pk_of(disc)
        dtype = disc["Type"]
        label = "%s (discipline %d %r)" % (dtype, did, disc["Name"])
        origin = "guided setup (bootstrap dump)" if did in {pk_of(r) for r in boot["discipline"]} \
            else "create_discipline_and_trees_task/create_collection (reconcile)"
        colls = g.where("collection", "DisciplineID", did)
        if len(colls) != 1:
            problems.append("%s: %d collections" % (label, len(colls)))
        cid = pk_of(colls[0])
        taxon_def = g.by_pk["taxontreedef"][disc["TaxonTreeDefID"]]
        pick_lists = []
        for pl in g.where("picklist", "CollectionID", cid):
            entry = pick(pl, PICKLIST_COLUMNS)
            entry["items"] = [pick(i, ITEM_COLUMNS)
                              for i in g.where("picklistitem", "PickListID", pk_of(pl))]
            pick_lists.append(entry)
        per_type[dtype] = OrderedDict([
            ("type", dtype),
            ("source", "golden run of Specify 7.12.0.6 (%s): ../shared/specify-golden/%s"
             % (origin, "specify-7.12.0.6-bootstrap.sql" if origin.startswith("guided")
                else "reconcile/*.json")),
            ("discipline", pick(disc, ["IsPaleoContextEmbedded", "PaleoContextChildTable"])),
            ("taxon_ranks", g.ranks("taxontreedefitem", "TaxonTreeDefID", pk_of(taxon_def),
                                    problems, label + " taxon")),
            ("lithostrat", disc["LithoStratTreeDefID"] is not None),
            ("prep_types", [pick(p, ["Name", "IsLoanable"])
                            for p in g.where("preptype", "CollectionID", cid)]),
            ("pick_lists", pick_lists),
        ])
        if (disc["LithoStratTreeDefID"] is None) != (disc["TectonicUnitTreeDefID"] is None):
            problems.append("%s: lithostrat and tectonic unit trees not both present/absent" % label)
        # type-independent parts, compared across disciplines below
        c = OrderedDict()
        c["origin"] = origin
        for kind, (deft, itemt, nodet, fk) in TREE_KINDS.items():
            tdid = disc[fk]
            if tdid is None:
                continue
            tdef = g.by_pk[deft][tdid]
            tree = OrderedDict()
            tree["treedef"] = pick(tdef, ["Name", "FullNameDirection", "Remarks"])
            # Specify names a tree 'Chronostratigraphy_1' when the name is taken: irrelevant
            tree["treedef"]["Name"] = re.sub(r"_\d+$", "", tree["treedef"]["Name"])
            if kind != "taxon":
                tree["ranks"] = g.ranks(itemt, _fk_name(itemt), tdid, problems,
                                        "%s %s" % (label, kind))
                roots = g.where(nodet, _fk_name(itemt), tdid)
                if len(roots) != 1:
                    problems.append("%s: %s has %d nodes" % (label, kind, len(roots)))
                tree["root_node"] = plain_columns(roots[0])
                tree["root_node_uuid_columns"] = [k for k in roots[0] if k in UUID_COLUMNS
                                                  and roots[0][k] is not None]
            else:
                tree["root_node"] = None  # Specify creates no taxon root node
            c[kind] = tree
        c["uniqueness_rules"] = []
        for ur in g.where("uniquenessrule", "DisciplineID", did):
            c["uniqueness_rules"].append(OrderedDict([
                ("modelName", ur["modelName"]),
                ("isDatabaseConstraint", ur["isDatabaseConstraint"]),
                ("fields", [pick(f, ["fieldPath", "isScope"]) for f in
                            g.where("uniquenessrule_fields", "uniquenessruleid", pk_of(ur))]),
            ]))
        dirs = g.where("spappresourcedir", "DisciplineID", did)
        c["app_resource_dirs"] = []
        for d in dirs:
            cols = plain_columns(d)
            for k in ("CollectionID", "SpecifyUserID", "CreatedByAgentID", "ModifiedByAgentID"):
                if d[k] is not None:
                    problems.append("%s: spappresourcedir.%s is not NULL" % (label, k))
            if cols.get("DisciplineType") == disc["Name"]:
                cols["DisciplineType"] = "<discipline Name>"
            c["app_resource_dirs"].append(cols)
        cots = g.where("collectionobjecttype", "CollectionID", cid)
        c["collection_object_types"] = []
        for cot in cots:
            cols = plain_columns(cot)
            if cols.get("Name") == disc["Name"]:
                cols["Name"] = "<discipline Name>"
            if cot["TaxonTreeDefID"] != disc["TaxonTreeDefID"]:
                problems.append("%s: collection object type not on the discipline's taxon tree"
                                % label)
            c["collection_object_types"].append(cols)
        commons.append((label, c))
    common = build_common(commons, problems)
    return per_type, common, problems, merged


def _fk_name(item_table):
    return {"geographytreedefitem": "GeographyTreeDefID",
            "geologictimeperiodtreedefitem": "GeologicTimePeriodTreeDefID",
            "lithostrattreedefitem": "LithoStratTreeDefID",
            "tectonicunittreedefitem": "TectonicUnitTreeDefID",
            "taxontreedefitem": "TaxonTreeDefID",
            "geography": "GeographyTreeDefID",
            "geologictimeperiod": "GeologicTimePeriodTreeDefID",
            "lithostrat": "LithoStratTreeDefID",
            "tectonicunit": "TectonicUnitTreeDefID"}[item_table]


def build_common(commons, problems):
    """Common = what the reconcile-created disciplines agree on; differences of the
    guided-setup discipline are listed under guided_setup_differences."""
    rec = [(l, c) for l, c in commons if not c["origin"].startswith("guided")]
    guided = [(l, c) for l, c in commons if c["origin"].startswith("guided")]
    base_label, base = rec[0]
    common = OrderedDict()
    common["source"] = ("golden run of Specify 7.12.0.6: ../shared/specify-golden/reconcile/*.json "
                        "(disciplines created by create_discipline_and_trees_task/create_collection) "
                        "and specify-7.12.0.6-bootstrap.sql (guided setup)")
    common["notes"] = [
        "<tree>.ranks: insertion order; each rank's ParentItemID is the previous rank (checked).",
        "<tree>.root_node: columns of the one node Specify creates at RankID 0 of the first rank "
        "(ids, FKs, timestamps left out); columns in root_node_uuid_columns get a fresh random "
        "UUID (uuid4 text) per row, the others as written. Taxon: no root node.",
        "Rank objects carry only the columns the item table has (FormatToken exists only on "
        "taxontreedefitem).",
        "'<discipline Name>' = the Name of the discipline the row belongs to.",
        "app_resource_dirs / collection_object_types: FKs left out; spappresourcedir has only "
        "DisciplineID set (CollectionID, SpecifyUserID, agents NULL, checked); collectionobjecttype "
        "has CollectionID = the collection and TaxonTreeDefID = the discipline's taxon tree.",
        "lithostratigraphy and tectonic_unit trees exist only where discipline-types/<type>.json "
        "says lithostrat: true.",
        "guided_setup_differences: values the guided setup (first discipline) wrote instead of "
        "the values above (create_discipline_and_trees_task).",
    ]
    keys = [k for k in base if k != "origin"]
    # trees: take any discipline that has the kind
    for kind in TREE_KINDS:
        for _, c in rec:
            if kind in c:
                tree = OrderedDict(c[kind])
                if kind == "taxon":
                    tree.pop("ranks", None)
                common[kind] = tree
                break
    for k in ("uniqueness_rules", "app_resource_dirs", "collection_object_types"):
        common[k] = base[k]
    common["uniqueness_rule_count"] = len(base["uniqueness_rules"])
    # compare every reconcile discipline with the base
    for label, c in rec[1:]:
        for k in keys:
            if k in common and k in c and c[k] != common[k]:
                a, b = common[k], c[k]
                if k in TREE_KINDS:
                    for sub in b:
                        if a.get(sub) != b.get(sub) and not (sub == "treedef" and
                                                             _only_name_suffix(a[sub], b[sub])):
                            problems.append("%s: %s.%s differs from %s" % (label, k, sub, base_label))
                else:
                    problems.append("%s: %s differs from %s" % (label, k, base_label))
    diffs = OrderedDict()
    for label, c in guided:
        for k in keys:
            if k in common and k in c and c[k] != common[k]:
                if k in TREE_KINDS:
                    for sub in c[k]:
                        if common[k].get(sub) != c[k].get(sub):
                            diffs["%s.%s" % (k, sub)] = c[k][sub]
                else:
                    diffs[k] = c[k]
    common["guided_setup_differences"] = diffs
    return common


def _only_name_suffix(a, b):
    """Specify names a tree 'Chronostratigraphy_1' when the name is taken: not a difference."""
    a2, b2 = dict(a), dict(b)
    an, bn = a2.pop("Name"), b2.pop("Name")
    return a2 == b2 and re.sub(r"_\d+$", "", an) == re.sub(r"_\d+$", "", bn)


def check_after(golden_dir, merged):
    after = load_dump(os.path.join(golden_dir, "specify-7.12.0.6-reconcile-after.sql.gz"), TABLES)
    bad = []
    for t in TABLES:
        a = {pk_of(r): r for r in after.get(t, [])}
        for r in merged[t]:
            ar = a.get(pk_of(r))
            if ar is None:
                bad.append("%s %s missing in after dump" % (t, pk_of(r)))
                continue
            for col, v in r.items():
                if col in TIMESTAMP_COLUMNS:
                    continue
                if ar.get(col) != v:
                    bad.append("%s %s.%s: %r vs after %r" % (t, pk_of(r), col, v, ar.get(col)))
        if t != "uniquenessrule" and t != "uniquenessrule_fields" and len(a) != len(merged[t]):
            bad.append("%s: %d rows in after dump, %d used" % (t, len(a), len(merged[t])))
    return bad


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--golden", default=os.path.join(here, "..", "..", "..", "shared", "specify-golden"))
    ap.add_argument("--out", default=os.path.join(here, "..", "..", "app", "src", "main", "resources", "specify", "7.12"))
    ap.add_argument("--check-after", action="store_true")
    args = ap.parse_args()
    per_type, common, problems, merged = derive(args.golden)
    os.makedirs(os.path.join(args.out, "discipline-types"), exist_ok=True)
    for t, data in per_type.items():
        with open(os.path.join(args.out, "discipline-types", t + ".json"), "w",
                  encoding="utf-8") as f:
            json.dump(data, f, indent=2, ensure_ascii=False)
            f.write("\n")
    with open(os.path.join(args.out, "common.json"), "w", encoding="utf-8") as f:
        json.dump(common, f, indent=2, ensure_ascii=False)
        f.write("\n")
    for t, d in per_type.items():
        print("%-13s taxon ranks %2d  prep types %d  pick lists %d  items %d  lithostrat %s"
              % (t, len(d["taxon_ranks"]), len(d["prep_types"]), len(d["pick_lists"]),
                 sum(len(p["items"]) for p in d["pick_lists"]), d["lithostrat"]))
    print("problems:", len(problems))
    for p in problems:
        print("  -", p)
    if args.check_after:
        bad = check_after(args.golden, merged)
        print("check against reconcile-after dump:", "OK" if not bad else "%d differences" % len(bad))
        for b in bad[:50]:
            print("  -", b)
    return 0


if __name__ == "__main__":
    sys.exit(main())
