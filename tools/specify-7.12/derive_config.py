#!/usr/bin/env python3
"""Derive Specify 7.12 per-discipline-type setup defaults from Specify's own config files.

Dev tool. Applies the rules of Specify's setup code (setup_tool: create_discipline,
create_collection, create_tree; trees/defaults.py initialize_default_tree; run_key_migration_functions
fix_schema_config; default_cots) to the configuration files at a given commit of a local git
directory of specify/specify7, and
  - compares the result with the golden files discipline-types/<type>.json (derive_golden.py), and
  - writes the types that have no golden file (or all types with --write-all).

Usage: derive_config.py --git DIR [--commit REV] [--out DIR] [--write-all]
"""
import argparse
import ast
import json
import os
import subprocess
import sys
from collections import OrderedDict

# Files read at the commit (paths inside specify/specify7)
F_GLOBAL_PICKLISTS = "config/common/global_picklists.json"
F_PICKLISTS = "config/common/picklists.json"
F_PREP_TYPES = "config/common/prep_types.json"
F_TAXON_TREE = "config/{t}/taxon_{t}_tree.json"
F_TAXON_EMPTY = "config/common/taxon_empty_tree.json"
F_MODEL_EXTRAS = "specifyweb/specify/models_utils/model_extras.py"       # PALEO_/GEOLOGY_DISCIPLINES
F_APP_RESOURCE = "specifyweb/backend/context/app_resource.py"             # DISCIPLINE_NAMES
F_COMMON_TREES = {
    "geography": "config/common/geography_tree.json",
    "chronostratigraphy": "config/common/geologictimeperiod_tree.json",
    "lithostratigraphy": "config/common/lithostrat_tree.json",
    "tectonic_unit": "config/common/tectonicunit_tree.json",
}
F_UNIQUENESS = "specifyweb/backend/businessrules/uniqueness_rules.py"    # GLOBAL_RULE_FIELDS
F_UNIQUENESS_JSON = "specifyweb/backend/businessrules/uniqueness_rules.json"

F_TREE_UTILS = "specifyweb/backend/trees/utils.py"                     # TREE_NAMES, TREE_ROOT_NODES
KIND_KEYS = OrderedDict([("geography", "geography"), ("chronostratigraphy", "geologictimeperiod"),
                         ("lithostratigraphy", "lithostrat"), ("tectonic_unit", "tectonicunit"),
                         ("taxon", "taxon")])

TYPES = ["botany", "insect", "invertebrate", "bird", "fish", "herpetology", "mammal",
         "geology", "invertpaleo", "vertpaleo", "paleobotany"]


class Repo:
    def __init__(self, git_dir, commit):
        self.git_dir, self.commit = git_dir, commit

    def text(self, path):
        r = subprocess.run(["git", "--git-dir", self.git_dir, "show", "%s:%s" % (self.commit, path)],
                           capture_output=True, text=True)
        return r.stdout if r.returncode == 0 else None

    def json(self, path):
        t = self.text(path)
        return None if t is None else json.loads(t, object_pairs_hook=OrderedDict)

    def py_constant(self, path, name):
        """Value of a module-level literal assignment NAME = <literal> (annotated or not)."""
        tree = ast.parse(self.text(path))
        for node in tree.body:
            targets = node.targets if isinstance(node, ast.Assign) else \
                [node.target] if isinstance(node, ast.AnnAssign) else []
            for t in targets:
                if isinstance(t, ast.Name) and t.id == name:
                    return ast.literal_eval(node.value)
        raise KeyError("%s not found in %s" % (name, path))


def b(v):
    return None if v is None else (1 if v else 0)


def ranks_from_levels(levels):
    """initialize_default_tree: one item per level in file order; Title = title or
    name.title(); RankID = rank or 10*index; defaults enforced=True, infullname=False,
    fullnameseparator=' '; FormatToken/TextBefore/TextAfter/Remarks are not set (NULL)."""
    out = []
    for i, lv in enumerate(levels):
        out.append(OrderedDict([
            ("RankID", int(lv.get("rank", i * 10))),
            ("Name", lv.get("name")),
            ("Title", lv.get("title") or lv.get("name").title()),
            ("IsEnforced", b(lv.get("enforced", True))),
            ("IsInFullName", b(lv.get("infullname", False))),
            ("FullNameSeparator", lv.get("fullnameseparator", " ")),
            ("TextBefore", None), ("TextAfter", None), ("FormatToken", None), ("Remarks", None),
        ]))
    return out


def picklist_entry(p, sort_type=None, formatter=None, ordinals=False):
    """create_picklists (setup_tool/picklist_defaults.py) sets name, issystem (default True), type,
    tablename, fieldname, readonly, sizelimit; items title, value. Config keys 'formatter' and
    'sort' are NOT used by 7.12.0.6."""
    e = OrderedDict([
        ("Name", p.get("name")), ("Type", p.get("type")), ("TableName", p.get("tablename")),
        ("FieldName", p.get("fieldname")), ("FilterFieldName", None), ("FilterValue", None),
        ("Formatter", formatter), ("IsSystem", b(p.get("issystem", True))),
        ("ReadOnly", b(p.get("readonly"))), ("SizeLimit", p.get("sizelimit")),
        ("SortType", sort_type),
    ])
    e["items"] = [OrderedDict([("Title", it.get("title")), ("Value", it.get("value")),
                               ("Ordinal", (i + 1) if ordinals else None)])
                  for i, it in enumerate(p.get("items", []))]
    return e


def fixup_picklists(discipline_names):
    """Pick lists that fix_schema_config / fix_cots add to every collection after create_collection
    (specifyweb/specify/migration_utils/update_schema_config.py create_cogtype_picklist,
    create_discipline_type_picklist; migration_utils/default_cots.py create_cotype_picklist).
    Their attributes are code literals in those functions (not config files)."""
    cog = picklist_entry({"name": "COGTypes", "type": 1, "tablename": "collectionobjectgrouptype",
                          "issystem": True, "readonly": True, "sizelimit": -1},
                         sort_type=1, formatter="CollectionObjectGroupType")
    dtype = picklist_entry({"name": "DisciplineType", "type": 0, "issystem": True,
                            "readonly": True, "sizelimit": -1,
                            "items": [{"title": t, "value": v}
                                      for v, t in discipline_names.items()]},
                           sort_type=1, ordinals=True)
    cot = picklist_entry({"name": "CollectionObjectType", "type": 1,
                          "tablename": "collectionobjecttype", "issystem": True,
                          "readonly": True, "sizelimit": -1},
                         sort_type=1, formatter="CollectionObjectType")
    return [cog, dtype, cot]


def derive_type(repo, t, consts):
    taxon_path = F_TAXON_TREE.format(t=t)
    taxon = repo.json(taxon_path)
    if taxon is None:
        taxon_path = F_TAXON_EMPTY
        taxon = repo.json(taxon_path)
    paleo, geo = consts["PALEO_DISCIPLINES"], consts["GEOLOGY_DISCIPLINES"]
    prep = repo.json(F_PREP_TYPES).get(t) or []
    gpl = repo.json(F_GLOBAL_PICKLISTS)["picklists"]
    dpl = repo.json(F_PICKLISTS).get(t) or []
    sources = [taxon_path, F_PREP_TYPES, F_GLOBAL_PICKLISTS, F_PICKLISTS, F_MODEL_EXTRAS,
               F_APP_RESOURCE, "specifyweb/specify/migration_utils/update_schema_config.py",
               "specifyweb/specify/migration_utils/default_cots.py"]
    return OrderedDict([
        ("type", t),
        ("source", "derived by rule from specify7 v7.12.0.6 (%s) config: %s"
         % (repo.commit[:7], ", ".join(sources))),
        ("discipline", OrderedDict([
            ("IsPaleoContextEmbedded", 0),  # model default False; setup never sets it
            ("PaleoContextChildTable", "collectingevent" if t in paleo else
             "collectionobject" if t in geo else None)])),
        ("taxon_ranks", ranks_from_levels(taxon["tree"]["treedef"]["levels"])),
        ("lithostrat", t in paleo or t in geo),
        ("prep_types", [OrderedDict([("Name", p["name"]), ("IsLoanable", b(p.get("isloanable")))])
                        for p in prep]),
        ("pick_lists", [picklist_entry(p) for p in gpl + dpl]
         + fixup_picklists(consts["DISCIPLINE_NAMES"])),
    ]), taxon["tree"]["treedef"]["levels"]


def diff(a, b, path=""):
    """List of human-readable differences between two JSON values."""
    out = []
    if isinstance(a, dict) and isinstance(b, dict):
        for k in list(a) + [k for k in b if k not in a]:
            if k == "source":
                continue
            if k not in a or k not in b:
                out.append("%s.%s only in %s" % (path, k, "golden" if k in a else "config"))
            else:
                out += diff(a[k], b[k], "%s.%s" % (path, k))
    elif isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            out.append("%s: %d in golden, %d by rule" % (path, len(a), len(b)))
        for i, (x, y) in enumerate(zip(a, b)):
            name = x.get("Name") if isinstance(x, dict) else None
            out += diff(x, y, "%s[%d%s]" % (path, i, "" if name is None else " " + str(name)))
    elif a != b:
        out.append("%s: golden %r, rule %r" % (path, a, b))
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--git", default="/work/.mirror/specify+specify7/repo")
    ap.add_argument("--commit", default="218de625722f8cfa8f374bbb01803d8afe92337b")
    ap.add_argument("--out", default=os.path.join(here, "..", "..", "app", "src", "main", "resources", "specify", "7.12"))
    ap.add_argument("--write-all", action="store_true",
                    help="write every type from the rules (default: only types without golden file)")
    args = ap.parse_args()
    repo = Repo(args.git, args.commit)
    consts = {
        "PALEO_DISCIPLINES": repo.py_constant(F_MODEL_EXTRAS, "PALEO_DISCIPLINES"),
        "GEOLOGY_DISCIPLINES": repo.py_constant(F_MODEL_EXTRAS, "GEOLOGY_DISCIPLINES"),
        "DISCIPLINE_NAMES": repo.py_constant(F_APP_RESOURCE, "DISCIPLINE_NAMES"),
    }
    total = 0
    for t in TYPES:
        data, levels = derive_type(repo, t, consts)
        ranks = [lv.get("rank") for lv in levels]
        if ranks != sorted(ranks):
            print("%s: WARNING taxon levels not in rank order: parent chain != insertion order" % t)
        golden_path = os.path.join(args.out, "discipline-types", t + ".json")
        golden = None
        if os.path.exists(golden_path):
            with open(golden_path, encoding="utf-8") as f:
                golden = json.load(f, object_pairs_hook=OrderedDict)
            if not golden["source"].startswith("golden"):
                golden = None
        if golden is not None:
            d = diff(golden, data)
            total += len(d)
            print("%-13s vs golden: %s" % (t, "identical" if not d else "%d differences" % len(d)))
            for x in d:
                print("    ", x)
        if golden is None or args.write_all:
            with open(golden_path, "w", encoding="utf-8") as f:
                json.dump(data, f, indent=2, ensure_ascii=False)
                f.write("\n")
            print("%-13s written from rules (%d ranks, %d prep types, %d pick lists)"
                  % (t, len(data["taxon_ranks"]), len(data["prep_types"]), len(data["pick_lists"])))
    # type-independent facts: common trees and uniqueness rules
    with open(os.path.join(args.out, "common.json"), encoding="utf-8") as f:
        common = json.load(f, object_pairs_hook=OrderedDict)
    for kind, path in F_COMMON_TREES.items():
        d = diff([OrderedDict((k, v) for k, v in r.items() if k != "FormatToken")
                  for r in ranks_from_levels(repo.json(path)["tree"]["treedef"]["levels"])],
                 common[kind]["ranks"], kind)
        # diff() labels (golden, rule) by position: here the first argument is the rule
        print("common %-18s vs golden: %s" % (kind, "identical" if not d else d))
        total += len(d)
    # tree definitions and root nodes: TREE_NAMES / TREE_ROOT_NODES (trees/utils.py);
    # FullNameDirection: create_tree default 1, chronostratigraphy -1 (setup_tasks.py literal)
    names = repo.py_constant(F_TREE_UTILS, "TREE_NAMES")
    roots = repo.py_constant(F_TREE_UTILS, "TREE_ROOT_NODES")
    for kind, key in KIND_KEYS.items():
        want = [names[key], -1 if kind == "chronostratigraphy" else 1,
                None if key == "taxon" else roots[key]]
        tree = common[kind]
        got = [tree["treedef"]["Name"], tree["treedef"]["FullNameDirection"],
               tree["root_node"]["Name"] if tree["root_node"] else None]
        ok = want == got and (tree["root_node"] is None or
                              tree["root_node"]["FullName"] == tree["root_node"]["Name"])
        print("common %-18s treedef/root vs golden: %s" % (kind, "identical" if ok else
                                                          "rule %r, golden %r" % (want, got)))
        total += 0 if ok else 1
    global_fields = repo.py_constant(F_UNIQUENESS, "GLOBAL_RULE_FIELDS")
    rules = []
    for model, lst in repo.json(F_UNIQUENESS_JSON).items():
        for r in lst:
            fields, scopes = r["rule"]
            if not scopes or any(part.lower() in global_fields for s in scopes
                                 for part in s.split("__")):
                continue  # global rule (discipline NULL), created once, not per discipline
            rules.append(OrderedDict([
                ("modelName", model[0].upper() + model[1:].lower()),
                ("isDatabaseConstraint", b(r["isDatabaseConstraint"])),
                ("fields", [OrderedDict([("fieldPath", f), ("isScope", 0)]) for f in fields]
                 + [OrderedDict([("fieldPath", s), ("isScope", 1)]) for s in scopes])]))
    d = diff(common["uniqueness_rules"], rules, "uniqueness_rules")
    print("common uniqueness_rules (%d by rule) vs golden (%d): %s"
          % (len(rules), len(common["uniqueness_rules"]), "identical" if not d else d))
    total += len(d)
    print("total differences:", total)
    return 0


if __name__ == "__main__":
    sys.exit(main())
